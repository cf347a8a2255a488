#!/usr/bin/env node
// The crm-conformance command from the TypeScript sources, for work on this repository: `npm start`
// and the project's own tests run it, so they always run the current sources, never an old
// dist/. tsx (a devDependency) compiles the sources on load. Users get bin/crm-conformance.js.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
// Exit now: a target's keep-alive sockets or vitest's workers must not hold the process open.
process.exit(code);
