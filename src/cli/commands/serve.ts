/**
 * `crm-conformance serve`: an API's reference server as a local emulator. Prints its base URL,
 * the fixture credentials, objects and members once, and a complete `run` command against it
 * (every setting a real target of the API needs), then serves until SIGINT or SIGTERM.
 * `--latency` holds every reply, to act like a distant API on localhost; `--style lenient`
 * serves the API's lenient twin.
 */
import { CrmcError } from '../../core/errors.ts';
import { SERVER_STYLES, type ServerStyle } from '../../reference/common/serve.ts';
import { apiNamed, DEFAULT_API } from '../../apis/index.ts';
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

/** A word as a POSIX shell reads it: bare when it is safe, else in single quotes. */
function shellWord(word: string): string {
  return /^[\w.:/@%+=,-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** `crm-conformance run` against the served URL with every setting the API's real targets need. */
/** `apiArg` is --api as given: a module's path runs again only by its path. */
export function tryCommand(api: CrmApi, url: string, apiArg = api.name): string {
  const embedded = api.reference;
  const words = [
    'crm-conformance', 'run', '--api', apiArg, '--base-url', url, '--token', embedded.token, '--read-token', embedded.readToken,
    ...embedded.objects.flatMap((slug) => ['--object', slug]),
    ...embedded.members.flatMap((id) => ['--member', id]),
    ...(api.settings ?? []).flatMap((setting) => {
      const value = embedded.settings?.[setting.key];
      return value === undefined ? [] : [`--${setting.flag}`, value];
    }),
  ];
  return words.map(shellWord).join(' ');
}

function banner(api: CrmApi, server: ReferenceTarget, style: ServerStyle, apiArg: string): string[] {
  const embedded = api.reference;
  const faultOf = (name: string) => `${name} (${embedded.faults.find((f) => f.name === name)?.clauses.join(', ') ?? ''})`;
  return [
    `crm-conformance ${api.name} ${style === 'lenient' ? 'lenient twin of the reference server' : 'reference server'} listening on ${server.url}`,
    `  write token: ${embedded.token}`,
    `  read token:  ${embedded.readToken}`,
    ...Object.entries(embedded.settings ?? {}).map(([key, value]) => `  ${`${key}:`.padEnd(13)}${value}`),
    `  objects:     ${embedded.objects.join(', ')}`,
    `  members:     ${embedded.members.length === 0 ? 'none' : embedded.members.join(', ')}`,
    `  faults:      ${server.faults.length === 0 ? 'none' : server.faults.map(faultOf).join('; ')}`,
    `  try: ${tryCommand(api, server.url, apiArg)}`,
    'Press Ctrl+C to stop.',
  ];
}

function parseStyle(value: string | undefined): ServerStyle {
  if (value === undefined) return 'reference';
  if ((SERVER_STYLES as readonly string[]).includes(value)) return value as ServerStyle;
  throw new CrmcError('CRMC_USAGE', `--style must be ${SERVER_STYLES.join(' or ')}, not "${value}"`);
}

export async function serveCommand(args: readonly string[], signal?: AbortSignal): Promise<number> {
  const flags = parseFlags('serve', args, SERVE_FLAGS);
  const api = await apiNamed(stringFlag(flags, 'api') ?? DEFAULT_API);
  const port = parseInteger(stringFlag(flags, 'port') ?? '4010', { name: '--port', code: 'CRMC_USAGE' }, 0, 65_535);
  const host = stringFlag(flags, 'host') ?? '127.0.0.1';
  const latency = stringFlag(flags, 'latency');
  const latencyMs = latency === undefined ? 0 : parseDuration(latency, { name: '--latency', code: 'CRMC_USAGE' }, 0, 60_000);
  const dataFile = stringFlag(flags, 'data');
  const style = parseStyle(stringFlag(flags, 'style'));
  const server = await api.reference.start({ port, host, faults: listFlag(flags, 'fault') ?? [], log: boolFlag(flags, 'log') ?? false, latencyMs, style, ...(dataFile === undefined ? {} : { dataFile }) });
  process.stdout.write(`${banner(api, server, style, stringFlag(flags, 'api') ?? api.name).join('\n')}\n`);
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
