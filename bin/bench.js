#!/usr/bin/env node
// `npm run bench`. The bench is TypeScript; tsx compiles it on load.
import { register } from 'tsx/esm/api';

register();
await import('../bench/main.ts');
// Exit now: keep-alive sockets to the finished servers must not hold the process open.
process.exit(0);
