/**
 * `crm-conformance serve`: the reference server as a local emulator. Prints its base URL, the
 * fixture tokens and members once, then serves until SIGINT or SIGTERM.
 */
import { FAULTS, MEMBER_IDS, READ_TOKEN, startReferenceServer, WRITE_TOKEN } from '../../reference/zeeg/index.ts';
import { boolFlag, listFlag, parseFlags, stringFlag } from '../parse-flags.ts';
import { parseInteger } from '../validate.ts';

export const SERVE_FLAGS = {
  port: { type: 'string' },
  host: { type: 'string' },
  log: { type: 'boolean' },
  data: { type: 'string' },
  fault: { type: 'string', multiple: true },
} as const;

export async function serveCommand(args: readonly string[], signal?: AbortSignal): Promise<number> {
  const flags = parseFlags('serve', args, SERVE_FLAGS);
  const port = parseInteger(stringFlag(flags, 'port') ?? '4010', { name: '--port', code: 'CRMC_USAGE' }, 0, 65_535);
  const host = stringFlag(flags, 'host') ?? '127.0.0.1';
  const faults = listFlag(flags, 'fault') ?? [];
  const dataFile = stringFlag(flags, 'data');
  const server = await startReferenceServer({ port, host, faults, log: boolFlag(flags, 'log') ?? false, ...(dataFile === undefined ? {} : { dataFile }) });
  const lines = [
    `crm-conformance reference server listening on ${server.url}`,
    `  write token: ${WRITE_TOKEN}`,
    `  read token:  ${READ_TOKEN}`,
    `  objects:     products, suppliers`,
    `  members:     ${MEMBER_IDS.join(', ')}`,
    `  faults:      ${server.faults.length === 0 ? 'none' : server.faults.map((f) => `${f} (${FAULTS.find((x) => x.name === f)?.clauses.join(', ') ?? ''})`).join('; ')}`,
    `  try: crm-conformance run --base-url ${server.url} --token ${WRITE_TOKEN} --read-token ${READ_TOKEN}`,
    'Press Ctrl+C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    signal?.addEventListener('abort', stop, { once: true });
  });
  await server.close();
  process.stdout.write('crm-conformance reference server stopped\n');
  return 0;
}
