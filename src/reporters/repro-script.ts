/**
 * Turns a finding's recorded exchanges into a runnable bash script: every request of the failing
 * sequence, set-up included, in order. Ids the target handed out are captured from its replies
 * (with node, which the tool needs anyway) and used in later requests, so the script works on a
 * fresh target; tokens come from the environment and never appear in the file.
 */
import type { Exchange, Finding } from '../core/findings.ts';
import { idPaths, mentions } from '../core/exchange-ids.ts';
import { isSecretHeader } from '../http/redact.ts';
import { shellQuote } from './curl.ts';

const SKIPPED_HEADERS = new Set(['host', 'content-length', 'connection', 'transfer-encoding', 'keep-alive']);

/** Headers that carry the run's credential itself: the script fills them from CRM_TOKEN / CRM_READ_TOKEN. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'x-api-key']);

/** A token no server knows, for requests the run sent with a made-up credential. */
export const UNKNOWN_TOKEN_VALUE = 'crmc-unknown-token';

/** Replaces every captured id in a text with a shell expansion; `quoted` is how the text is quoted. */
function withVariables(text: string, ids: ReadonlyMap<string, string>, quoted: 'single' | 'double'): string {
  let out = text;
  // Longer ids first, so an id that contains another is replaced whole.
  for (const [value, name] of [...ids].sort((a, b) => b[0].length - a[0].length)) {
    out = out.split(value).join(quoted === 'single' ? `'"\${${name}}"'` : `\${${name}}`);
  }
  return out;
}

function credentialValue(name: string, exchange: Exchange): string | undefined {
  const auth = exchange.request.auth;
  const variable = auth === 'read' ? '${CRM_READ_TOKEN}' : auth === 'unknown' ? UNKNOWN_TOKEN_VALUE : auth === 'none' ? undefined : '${CRM_TOKEN}';
  if (variable === undefined) return undefined;
  return name.toLowerCase() === 'authorization' ? `Bearer ${variable}` : variable;
}

/** The header arguments of one request; secret headers other than the credential come from CRM_HEADER_<NAME>. */
function headerArgs(exchange: Exchange): string[] {
  const args: string[] = [];
  for (const [name, value] of Object.entries(exchange.request.headers)) {
    const lower = name.toLowerCase();
    if (SKIPPED_HEADERS.has(lower)) continue;
    if (CREDENTIAL_HEADERS.has(lower)) {
      const credential = credentialValue(lower, exchange);
      if (credential !== undefined) args.push('-H', `"${name}: ${credential}"`);
      continue;
    }
    if (isSecretHeader(lower)) args.push('-H', `"${name}: \${CRM_HEADER_${lower.replace(/[^a-z0-9]/g, '_').toUpperCase()}:?set this header}"`);
    else args.push('-H', shellQuote(`${name}: ${value}`));
  }
  return args;
}

/** Text safe inside shell double quotes. */
function escapeDouble(text: string): string {
  return text.replace(/["$`\\]/g, '\\$&');
}

function requestLine(exchange: Exchange, index: number, base: string, ids: ReadonlyMap<string, string>): string {
  const { method, url, body } = exchange.request;
  const path = url.startsWith(base) ? url.slice(base.length) : url;
  const target = url.startsWith(base) ? `"\${BASE}${withVariables(escapeDouble(path), ids, 'double')}"` : shellQuote(url);
  const data = body === undefined || body === '' ? '' : ` ${withVariables(`'${body.replace(/'/g, `'\\''`)}'`, ids, 'single')}`;
  return `send ${index} ${shellQuote(method.toUpperCase())} ${target} ${String(exchange.response?.status ?? 'none')}${data === '' ? " ''" : data} ${headerArgs(exchange).join(' ')}`.trimEnd();
}

const PRELUDE = `set -u
BASE="\${CRM_BASE_URL:-__BASE__}"
__TOKENS__
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# send N METHOD URL RECORDED-STATUS BODY [curl header args…]: sends one request, prints its status.
send() {
  local n=$1 method=$2 url=$3 recorded=$4 body=$5
  shift 5
  local args=(-sS -o "$work/$n.body" -w '%{http_code}' -X "$method" "$url" "$@")
  if [ -n "$body" ]; then args+=(--data-binary "$body"); fi
  local status
  status=$(curl "\${args[@]}") || status=none
  echo "step $n: $method \${url#"$BASE"} -> $status (the run got $recorded)"
  last_status=$status
}
# capture N JSON-PATH: prints the value at that path of reply N.
capture() {
  node -e 'let v = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); for (const k of JSON.parse(process.argv[2])) v = v?.[k]; process.stdout.write(String(v ?? ""))' "$work/$1.body" "$2"
}
`;

/** Expectations and observations are echoed at most this long; the report holds them whole. */
const ECHO_LIMIT = 400;

function clip(text: string): string {
  return text.length <= ECHO_LIMIT ? text : `${text.slice(0, ECHO_LIMIT)}…`;
}

function comment(text: string): string {
  return text.split('\n').map((line) => `# ${line}`).join('\n');
}

/** A bash line that sets RUN to a fresh run id as long as the recorded one, so every value keeps its length. */
function freshRunLine(runId: string): string {
  return `RUN="\${CRM_RUN_ID:-$(node -e 'let s = "crmc"; while (s.length < +process.argv[1]) s += Math.floor(Math.random() * 36).toString(36); process.stdout.write(s)' ${runId.length})}"`;
}

/**
 * The script that reproduces a finding against `baseUrl` (the run's target; CRM_BASE_URL
 * overrides it). Every value the run made unique starts with `runId`: the script swaps in a
 * fresh one (CRM_RUN_ID sets it), so it can run again beside the records the run left.
 */
export function reproScript(finding: Finding, baseUrl: string, runId?: string): string {
  const exchanges = finding.exchanges;
  const racy = exchanges.some((x) => x.raced === true);
  const fresh = runId !== undefined && runId.length >= 5;
  // Values sent in capitals (a case-insensitive match) carry the run id in capitals.
  const ids = new Map<string, string>(fresh ? [[runId, 'RUN'], [runId.toUpperCase(), 'RUN_UPPER']] : []);
  const lines: string[] = [];
  let captured = 0;
  exchanges.forEach((exchange, i) => {
    const n = i + 1;
    lines.push(`# ${n}. ${exchange.step}`);
    lines.push(requestLine(exchange, n, baseUrl, ids));
    for (const [value, path] of idPaths(exchange.response?.body)) {
      const later = exchanges.slice(i + 1).some((x) => mentions(x, value));
      if (later && !ids.has(value)) {
        captured += 1;
        const name = `ID${captured}`;
        ids.set(value, name);
        lines.push(`${name}=$(capture ${n} ${shellQuote(JSON.stringify(path))})`);
      }
    }
  });
  const needsRead = exchanges.some((x) => x.request.auth === 'read');
  const tokens = [': "${CRM_TOKEN:?set CRM_TOKEN to a token with write access}"', ...(needsRead ? [': "${CRM_READ_TOKEN:?set CRM_READ_TOKEN to a read-only token}"'] : [])].join('\n');
  const last = exchanges.at(-1);
  const header = [
    '#!/usr/bin/env bash',
    comment(`Reproduces ${finding.id} (${finding.level}, ${finding.clauses.join(', ')}): ${finding.title}`),
    comment(`What the run saw: ${finding.message}`),
    comment(`Case: ${finding.suite} › ${finding.testCase}, seed ${finding.seed}`),
    comment(`Run it: CRM_TOKEN=… ${needsRead ? 'CRM_READ_TOKEN=… ' : ''}[CRM_BASE_URL=…] bash ${reproFileName(finding.id)}`),
    ...(racy ? [comment('The run sent some of these requests at the same moment (a race); sent one by one they may not show the violation. `crm-conformance replay` retries it.')] : []),
  ];
  const footer = [
    `echo "expected: ${escapeDouble(clip(JSON.stringify(finding.expected ?? null)))}"`,
    `echo "the run observed: ${escapeDouble(clip(JSON.stringify(finding.observed ?? null)))}"`,
    ...(last === undefined ? [] : [`echo "last reply (step ${exchanges.length}, status $last_status):"`, `cat "$work/${exchanges.length}.body"; echo`]),
  ];
  const prelude = PRELUDE.replace('__BASE__', () => escapeDouble(baseUrl)).replace('__TOKENS__', () => tokens);
  return `${header.join('\n')}\n${prelude}${fresh ? `${freshRunLine(runId)}\nRUN_UPPER="\${RUN^^}"\n` : ''}last_status=none\n${lines.join('\n')}\n${footer.join('\n')}\n`;
}

/** The file name of a finding's script: `PATCH_KEEPS_OMITTED#3` → `PATCH_KEEPS_OMITTED-3.sh`. */
export function reproFileName(findingId: string): string {
  return `${findingId.replace(/[^A-Za-z0-9_-]/g, '-')}.sh`;
}
