import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createRequestListener } from '@remix-run/node-fetch-server';
import { createSandbox } from './sandbox.js';

const USAGE = `Usage: pocketdns-sandbox [--port 4010] [--host 127.0.0.1] [--data file.json] [--api-key KEY] [--latency MS]

Serves an emulator of the PocketDNS Partner API with demo data (users alice and bob).
  --port      port to listen on (default 4010)
  --host      address to bind (default 127.0.0.1, loopback only)
  --data      keep the state in this JSON file across restarts
  --api-key   the bearer token to accept (default sk_test_sandbox)
  --latency   milliseconds to add to every answer`;

/** Fails with the usage text and exit code 2, as command-line tools do for bad arguments. */
function usageError(message: string): never {
  console.error(`pocketdns-sandbox: ${message}\n\n${USAGE}`);
  process.exit(2);
}

/** Reads a whole number option or stops with a clear message. */
function integer(raw: string | undefined, name: string, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) > max) usageError(`--${name} must be a whole number from 0 to ${max}, not "${raw}"`);
  return Number(raw);
}

/** Runs the CLI with `argv` (without node and script). */
export async function main(argv: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        'api-key': { type: 'string' },
        latency: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    usageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = integer(values.port, 'port', 4010, 65535);
  const latencyMs = integer(values.latency, 'latency', 0, 60_000);
  const host = values.host ?? '127.0.0.1';
  const sandbox = createSandbox({
    ...(values['api-key'] === undefined ? {} : { apiKey: values['api-key'] }),
    ...(values.data === undefined ? {} : { dataFile: values.data }),
    latencyMs,
  });
  // Load (and create) the data file before saying we are ready, so a broken file stops here.
  await sandbox.flush();
  const server = createServer(createRequestListener((request) => sandbox.fetch(request)));
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `pocketdns-sandbox: port ${port} is in use; try --port ${port + 1}`
        : `pocketdns-sandbox: ${error.message}`,
    );
    process.exit(1);
  });
  server.listen(port, host, () => {
    const address = server.address();
    const shown = typeof address === 'object' && address ? `http://${host}:${address.port}` : `http://${host}:${port}`;
    console.log(`PocketDNS sandbox listening on ${shown}`);
    console.log(`API key: ${sandbox.apiKey}${values.data ? `  data: ${values.data}` : ''}`);
    console.log(`Try: curl -H "Authorization: Bearer ${sandbox.apiKey}" ${shown}/api/v1/users/alice/domains`);
  });
  const stop = (): void => {
    server.close();
    void sandbox.flush().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
