#!/usr/bin/env node
// The crm-conformance command of the published package: plain JavaScript compiled into dist/ by
// `npm run build` (prepack runs it). Nothing here loads TypeScript.
import { main } from '../dist/cli/main.js';

const code = await main(process.argv.slice(2));
// Exit now: a target's keep-alive sockets or vitest's workers must not hold the process open.
process.exit(code);
