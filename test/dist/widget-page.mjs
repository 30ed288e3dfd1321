// A partner's site for browser tests of the built package: one Node server with the partner
// handler (in front of the sandbox, the customer `alice` signed in) under /pocketdns, dist/
// under /dist, the ES entry bundled by esbuild at /esm.js (as a partner's bundler would), and
// the test's own pages and scripts. Then real Chromium (playwright-core) opens it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { build } from 'esbuild';
import { createSandbox } from '@pocketdns/widget/sandbox';
import { createPocketDnsHandler } from '@pocketdns/widget/server';
import { toNodeHandler } from '@pocketdns/widget/server/node';
import { root } from './pack.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8', '.map': 'application/json', '.css': 'text/css', '.ico': 'image/x-icon' };

/**
 * Starts the site. `files` maps paths to text served as-is (pages, scripts); `headers` are
 * added to every answer (e.g. a Content-Security-Policy), or `headers(path)` to each.
 * @returns its origin, a Chromium and `close()`
 */
export async function servePartnerSite({ files: pages = {}, headers = {} } = {}) {
  // The browser asks for a favicon on its own: an empty one, so no 404 shows up as a console error.
  const files = { '/favicon.ico': '', ...pages };
  const sandbox = createSandbox();
  const handler = createPocketDnsHandler({
    apiKey: sandbox.apiKey,
    environment: 'sandbox',
    secret: 'page-test-secret-0123456789abcdef0123',
    rateLimit: false,
    identify: () => ({ user_identifier: 'alice' }),
    fetch: (request) => sandbox.fetch(request),
  });
  const pocketdns = toNodeHandler(handler);
  let esm;
  const server = createServer((req, res) => {
    const extra = typeof headers === 'function' ? headers(new URL(req.url, 'http://x').pathname) : headers;
    for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
    pocketdns(req, res, async () => {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      try {
        let body = files[path];
        if (path === '/esm.js') body = await (esm ??= bundleEsm());
        else if (body === undefined && path.startsWith('/dist/')) body = await readFile(join(root, normalize(path).replace(/^\/+/, '')));
        if (body === undefined) throw new Error('not found');
        res.writeHead(200, { 'Content-Type': TYPES[path.slice(path.lastIndexOf('.'))] ?? 'text/html' });
        res.end(body);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('not found');
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    browser,
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** `import '@pocketdns/widget'` bundled for the browser, one file. */
async function bundleEsm() {
  const result = await build({
    stdin: { contents: "import '@pocketdns/widget';", resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
