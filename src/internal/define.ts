// Registration that survives the widget being loaded twice on one page: two script tags, or the
// script tag and the ES build in the partner's bundle. Lit's `@customElement` calls
// `customElements.define` unconditionally, which throws for a name already taken and stops the
// second copy's script there. Named like Lit's decorator on purpose: the manifest analyzer,
// scripts/manifest.mjs and the build's side-effect checks recognise registrations by that name.

/** This copy's package version; test/node/element-version.test.ts keeps it equal to package.json's. */
export const WIDGET_VERSION = '0.1.0';

/** Where each registered class carries the version of the copy that defined it, readable by every copy. */
const VERSION_KEY = Symbol.for('@pocketdns/widget version');

/** Whether this copy has already said that another version is registered: once is enough. */
let warned = false;

/**
 * Class decorator: registers the element as `tag` unless the name is already taken, e.g. by
 * another copy of the widget. Then the first copy's element stays in use and, when that copy
 * is another version, one `console.warn` says so.
 */
export const customElement =
  (tag: string) =>
  (element: CustomElementConstructor): void => {
    Object.defineProperty(element, VERSION_KEY, { value: WIDGET_VERSION });
    const registered = customElements.get(tag);
    if (!registered) {
      customElements.define(tag, element);
      return;
    }
    const theirs = (registered as unknown as Record<symbol, unknown>)[VERSION_KEY];
    if (registered === element || theirs === WIDGET_VERSION || warned) return;
    warned = true;
    console.warn(
      `[pocketdns] <${tag}> is already registered by ${typeof theirs === 'string' ? `@pocketdns/widget ${theirs}` : 'other code'}; ` +
        `this page also loads ${WIDGET_VERSION}, whose elements are not used. Load the widget once.`,
    );
  };
