#!/usr/bin/env node
// The crm-conformance command. The sources are TypeScript; tsx compiles them on load.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
// Exit now: a target's keep-alive sockets or vitest's workers must not hold the process open.
process.exit(code);
