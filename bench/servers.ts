// The bench's servers, in their own process so the load generator does not share their CPU:
// the sandbox alone, and the handler with the same sandbox behind it, both on loopback.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestListener } from '@remix-run/node-fetch-server';
import { createSandbox } from '../src/sandbox/index.js';
import { createPocketDnsHandler } from '../src/server/index.js';
import { toNodeHandler } from '../src/server/node.js';

const sandbox = createSandbox({ rateLimit: { limit: 1e9, windowSeconds: 60 } });
const handler = createPocketDnsHandler({
  apiKey: sandbox.apiKey,
  environment: 'sandbox',
  secret: 'bench-secret-0123456789abcdef0123456789abcdef',
  identify: () => ({ user_identifier: 'alice' }),
  rateLimit: false,
  fetch: (request) => sandbox.fetch(request),
});

const listen = (listener: Parameters<typeof createServer>[1]): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer(listener);
    server.keepAliveTimeout = 60_000;
    server.listen(0, '127.0.0.1', () => {
      resolve((server.address() as AddressInfo).port);
    });
  });

const sandboxPort = await listen(createRequestListener((request) => sandbox.fetch(request)));
const handlerPort = await listen(toNodeHandler(handler));
process.send?.({ sandboxPort, handlerPort, apiKey: sandbox.apiKey });
