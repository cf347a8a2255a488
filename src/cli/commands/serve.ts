/**
 * `crm-conformance serve`: an API's reference server as a local emulator. Prints its base URL,
 * the fixture credentials, objects and members once, then serves until SIGINT or SIGTERM.
 * `--latency` holds every reply, to act like a distant API on localhost.
 */
import { CrmcError } from '../../core/errors.ts';
import { apiNamed } from '../../apis/index.ts';
import type { CrmApi, ReferenceTarget } from '../../apis/crm-api.ts';
import { boolFlag, listFlag, parseFlags, stringFlag } from '../parse-flags.ts';
import { parseDuration, parseInteger } from '../validate.ts';

export const SERVE_FLAGS = {
  api: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  log: { type: 'boolean' },
  data: { type: 'string' },
  fault: { type: 'string', multiple: true },
  latency: { type: 'string' },
  style: { type: 'string' },
} as const;

function banner(api: CrmApi, server: ReferenceTarget): string[] {
  const embedded = api.reference;
  const extra = Object.entries(embedded.extra ?? {}).map(([key, value]) => ` --${key === 'businessId' ? 'business-id' : 'user-id'} ${String(value)}`).join('');
  const faultOf = (name: string) => `${name} (${embedded.faults.find((f) => f.name === name)?.clauses.join(', ') ?? ''})`;
  return [
    `crm-conformance ${api.name} reference server listening on ${server.url}`,
    `  write token: ${embedded.token}`,
    `  read token:  ${embedded.readToken}`,
    ...Object.entries(embedded.extra ?? {}).map(([key, value]) => `  ${key.padEnd(11)}${String(value)}`),
    `  objects:     ${embedded.objects.join(', ')}`,
    `  members:     ${embedded.members.length === 0 ? 'none' : embedded.members.join(', ')}`,
    `  faults:      ${server.faults.length === 0 ? 'none' : server.faults.map(faultOf).join('; ')}`,
    `  try: crm-conformance run --api ${api.name} --base-url ${server.url} --token ${embedded.token} --read-token ${embedded.readToken}${extra}`,
    'Press Ctrl+C to stop.',
  ];
}

function parseStyle(value: string | undefined): 'reference' | 'lenient' {
  if (value === undefined || value === 'reference' || value === 'lenient') return value ?? 'reference';
  throw new CrmcError('CRMC_USAGE', `--style must be reference or lenient, not "${value}"`);
}

export async function serveCommand(args: readonly string[], signal?: AbortSignal): Promise<number> {
  const flags = parseFlags('serve', args, SERVE_FLAGS);
  const api = await apiNamed(stringFlag(flags, 'api') ?? 'zeeg');
  const port = parseInteger(stringFlag(flags, 'port') ?? '4010', { name: '--port', code: 'CRMC_USAGE' }, 0, 65_535);
  const host = stringFlag(flags, 'host') ?? '127.0.0.1';
  const latency = stringFlag(flags, 'latency');
  const latencyMs = latency === undefined ? 0 : parseDuration(latency, { name: '--latency', code: 'CRMC_USAGE' }, 0, 60_000);
  const dataFile = stringFlag(flags, 'data');
  const style = parseStyle(stringFlag(flags, 'style'));
  const server = await api.reference.start({ port, host, faults: listFlag(flags, 'fault') ?? [], log: boolFlag(flags, 'log') ?? false, latencyMs, style, ...(dataFile === undefined ? {} : { dataFile }) });
  process.stdout.write(`${banner(api, server).join('\n')}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    signal?.addEventListener('abort', stop, { once: true });
  });
  await server.close();
  process.stdout.write(`crm-conformance ${api.name} reference server stopped\n`);
  return 0;
}
