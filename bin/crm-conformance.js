#!/usr/bin/env node
// The crm-conformance command of the published package: plain JavaScript compiled into dist/ by
// `npm run build` (prepack runs it). Nothing here loads TypeScript. In a checkout without a
// build, it says so; `npm start` there runs the sources (bin/crm-conformance-dev.js).
let main;
try {
  ({ main } = await import('../dist/cli/main.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !/dist[\\/]cli[\\/]main\.js/.test(String(error.message))) throw error;
  process.stderr.write('crm-conformance: dist/ is missing: run "npm run build" first (in a checkout, "npm start" runs the sources)\n');
  process.exit(2);
}
const code = await main(process.argv.slice(2));
// Exit now: a target's keep-alive sockets or vitest's workers must not hold the process open.
process.exit(code);
