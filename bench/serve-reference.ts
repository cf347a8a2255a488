/**
 * The reference server as a child process for the bench, so that the load generator (the
 * suite, or autocannon) and the server do not share one event loop. Prints its base URL on
 * the first line of stdout and stops when stdin closes.
 *
 *   node --import tsx bench/serve-reference.ts
 */
import { startReferenceServer } from '../src/apis/zeeg/reference/index.ts';

const server = await startReferenceServer({ port: 0 });
process.stdout.write(`${server.url}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void server.close().finally(() => process.exit(0));
});
