import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

/** msw's worker script, read once from the installed package. */
let mswWorker;

// React ships CommonJS only, which the dev server serves as-is. For the React wrapper's
// tests, React and ReactDOM are bundled once, together (one copy of React, so hooks
// work), and `react` / `react-dom/client` resolve to thin ES modules over that bundle.
let reactBundle;
const esmShims = {
  '/__esm/react.js': `import { React } from '/__esm/react-all.js';
export default React;
export const { createElement, forwardRef, useRef, useLayoutEffect, useEffect, useState, Fragment, StrictMode } = React;`,
  '/__esm/react-dom-client.js': `import { ReactDOMClient } from '/__esm/react-all.js';
export default ReactDOMClient;
export const { createRoot } = ReactDOMClient;`,
};
const reactAsEsm = {
  name: 'react-as-esm',
  resolveImport({ source }) {
    if (source === 'react') return '/__esm/react.js';
    if (source === 'react-dom/client') return '/__esm/react-dom-client.js';
    return undefined;
  },
  async serve(context) {
    if (context.path in esmShims) return { body: esmShims[context.path], type: 'js' };
    if (context.path !== '/__esm/react-all.js') return undefined;
    reactBundle ??= build({
      stdin: {
        contents: "import React from 'react'; import * as ReactDOMClient from 'react-dom/client'; export { React, ReactDOMClient };",
        resolveDir: process.cwd(),
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
    }).then((result) => result.outputFiles[0].text);
    return { body: await reactBundle, type: 'js' };
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [reactAsEsm, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  middleware: [
    // msw's service worker must be served from the root to control test pages; it comes from
    // the installed msw, so it always matches the library's version.
    // The fault soak's size and seed: 300 operations in npm test, more with `npm run soak`.
    function soakConfig(context, next) {
      if (context.path !== '/__soak.json') return next();
      context.type = 'application/json';
      context.body = JSON.stringify({
        operations: Number(process.env.SOAK_OPERATIONS ?? 300),
        seed: Number(process.env.SOAK_SEED ?? 20261128),
      });
    },
    async function serveMswWorker(context, next) {
      if (context.path !== '/mockServiceWorker.js') return next();
      mswWorker ??= readFile(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), 'utf8');
      context.type = 'text/javascript';
      context.set('Service-Worker-Allowed', '/');
      context.body = await mswWorker;
    },
  ],
  testFramework: { config: { timeout: 10000, ...(process.env.WTR_GREP ? { grep: process.env.WTR_GREP } : {}) } },
  testsFinishTimeout: Number(process.env.WTR_FINISH_TIMEOUT ?? 900000),
};
