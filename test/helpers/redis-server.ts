import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';

/** Debian's `redis-server` (installed by `.ci/run`). */
export const REDIS_SERVER = '/usr/bin/redis-server';

/**
 * Why the Redis tests cannot run here, or undefined when they can. In CI a missing server is a
 * failure, not a skip: the tests must run there.
 */
export function redisUnavailable(): string | undefined {
  if (existsSync(REDIS_SERVER)) return undefined;
  if (process.env.CI) throw new Error(`${REDIS_SERVER} is missing in CI: .ci/run installs it (apt-get install -y redis-server).`);
  return `skipped: ${REDIS_SERVER} is not installed (apt-get install -y redis-server); set CI=1 to make this a failure`;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** True once something accepts connections on `port`. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });
}

/** A `redis-server` the test started, on its own port, without persistence. */
export class RedisServer {
  private child: ChildProcess | undefined;

  /** @param port where it listens (kept across restarts) */
  constructor(readonly port: number) {}

  /** Its URL for `createClient`. */
  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts it and waits until it accepts connections. */
  async start(): Promise<void> {
    this.child = spawn(REDIS_SERVER, ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    for (let i = 0; i < 200; i += 1) {
      if (await accepts(this.port)) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`redis-server did not start on port ${this.port}`);
  }

  /** Stops it by its pid and waits for it to exit. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.pid !== undefined) process.kill(child.pid, 'SIGTERM');
    await exited;
  }
}
