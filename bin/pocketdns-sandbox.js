#!/usr/bin/env node
// The published bin: runs the built CLI (npm run build first when working in this repository).
import { main } from '../dist/sandbox-cli.js';

main(process.argv.slice(2)).catch((error) => {
  console.error(`pocketdns-sandbox: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
