/**
 * A child process of the bench: the default Zeeg run with the in-process engine, against the
 * server at argv[2] with seed argv[3] and run id argv[4], in a fresh process (so its validators
 * compile and its code warms up as they do in the CLI's). Prints the engine's wall time as JSON.
 */
import { ZEEG } from '../src/apis/zeeg/index.ts';
import { runSuiteAgainst } from './suite-throughput.ts';

const [url, seed, runId] = process.argv.slice(2);
if (url === undefined || seed === undefined || runId === undefined) throw new Error('usage: engine-child.ts URL SEED RUN_ID');
const { figures } = await runSuiteAgainst(ZEEG, url, { seed: Number(seed), runId });
process.stdout.write(`${JSON.stringify({ wallMs: figures.wallMs, requests: figures.requests, findings: figures.findings })}\n`);
process.exit(0);
