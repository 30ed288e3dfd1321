/**
 * `@pocketdns/widget/sandbox`: an emulator of the PocketDNS Partner API for the demo, tests
 * and offline development, with deterministic demo data.
 * @packageDocumentation
 */
export { createSandbox, DEFAULT_SANDBOX_API_KEY, type Sandbox, type SandboxOptions } from './sandbox.js';
export { sandboxHandlers, type MswHttp, type SandboxHandlersOptions, type SandboxMswHandler } from './msw.js';
export { demoData, BIG_DOMAIN_NAME, BIG_DOMAIN_RECORDS } from './seed.js';
export type { SandboxData, SandboxDomain, SandboxUser } from './model.js';
