import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import { builtinModules } from 'node:module';

// --- Boundaries between the layers -------------------------------------------------------
// The dns rules, the contract, the server and the sandbox run without a DOM (the server on
// edge runtimes too), and the browser code ships without Node or the partner's secrets.

/** Lit and the browser-only folders: off limits to code that runs on servers. */
const BROWSER_ONLY = [
  {
    group: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', '@lit-labs/*'],
    message: 'Server-side and shared code must not depend on Lit.',
  },
  {
    group: ['**/components/**', '**/internal/**', '**/styles/**', '**/events/**', '**/session/**'],
    message: 'Browser code (elements, their controllers, styles, events, the session layer) stays out of shared and server code.',
  },
];
/** Node's modules, by `node:` prefix and by bare name (`fs`, `http`). */
const NODE_PATHS = builtinModules.map((name) => ({ name, message: 'Use Web-standard APIs: this code also runs where Node does not.' }));
const NODE_PATTERN = { group: ['node:*'], message: 'Use Web-standard APIs: this code also runs where Node does not.' };
/** The partner-side code and Node: never in what ships to browsers. */
const SERVER_ONLY = [
  { group: ['**/server/**', '**/sandbox/**'], message: 'Browser code must not import the partner handler or the sandbox.' },
  NODE_PATTERN,
];
/** DOM globals that would tie shared or server code to a browser. */
const DOM_GLOBALS = ['window', 'document', 'navigator', 'HTMLElement', 'customElements', 'localStorage', 'sessionStorage'].map((name) => ({
  name,
  message: 'No DOM here: this code runs on servers too.',
}));
/** Node globals that do not exist on edge runtimes or in browsers. */
const NODE_GLOBALS = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
  name,
  message: 'No Node globals here: this code also runs where Node does not.',
}));

const boundaries = [
  {
    files: ['src/dns/**/*.ts', 'src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: NODE_PATHS, patterns: [...BROWSER_ONLY, NODE_PATTERN] }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS, ...NODE_GLOBALS],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/node.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: NODE_PATHS, patterns: [...BROWSER_ONLY, NODE_PATTERN] }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS, ...NODE_GLOBALS],
    },
  },
  {
    // The Node adapter is the one server file that may use Node: it is its own entry.
    files: ['src/server/node.ts', 'src/sandbox/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: BROWSER_ONLY }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: [
      'src/components/**/*.ts',
      'src/internal/**/*.ts',
      'src/styles/**/*.ts',
      'src/events/**/*.ts',
      'src/session/**/*.ts',
      'src/api/**/*.ts',
      'src/index.ts',
      'src/domains.ts',
      'src/records.ts',
      'src/react.ts',
      'src/vue.ts',
      'src/svelte.ts',
      'src/frameworks/**/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { paths: NODE_PATHS, patterns: SERVER_ONLY }] },
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/api/schema.gen.ts', 'src/generated/', 'custom-elements.json', '.bench/'] },
  // The frontend examples are partners' projects with their own compilers (vue-tsc, svelte-check, ngc, tsc),
  // run by test/dist/examples-frontend.test.mjs; the browser globals of app.js are the page's.
  { ignores: ['examples/{script-tag,vite-ts,react-next,vue,svelte,angular}/', 'examples/node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // node:test's describe/it return promises that the runner awaits itself.
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Test helpers type a parsed JSON body by the caller's say-so.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  ...boundaries,
);
