/**
 * Re-sends a finding's recorded exchanges in order against a (possibly different) base URL,
 * with a real token in place of the redacted one. Record ids the target hands out anew are
 * carried forward: when a replayed response names a different id than the recorded one, later
 * URLs and bodies use the new id. Then judges the last answer against the finding's expectation.
 */
import { request } from 'undici';
import type { Exchange, Finding } from '../core/findings.ts';
import { isSecretHeader } from '../http/redact.ts';

export interface ReplayedExchange {
  recorded: Exchange;
  url: string;
  status?: number;
  body?: string;
  error?: string;
}

export type Judgement =
  | { verdict: 'fixed'; reason: string }
  | { verdict: 'still-failing'; reason: string }
  | { verdict: 'undecided'; reason: string };

/** Pairs of string ids that differ between a recorded and a replayed JSON body. */
function idChanges(recorded: string | undefined, replayed: string | undefined, into: Map<string, string>): void {
  let a: unknown;
  let b: unknown;
  try {
    a = JSON.parse(recorded ?? '');
    b = JSON.parse(replayed ?? '');
  } catch {
    return;
  }
  const walk = (x: unknown, y: unknown): void => {
    if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null) return;
    for (const [key, value] of Object.entries(x)) {
      const other = (y as Record<string, unknown>)[key];
      if (key === 'id' && typeof value === 'string' && typeof other === 'string' && value !== other) into.set(value, other);
      else walk(value, other);
    }
  };
  walk(a, b);
}

function substitute(text: string, ids: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [from, to] of ids) out = out.split(from).join(to);
  return out;
}

/** The tokens a replay may send, by the role the recorded request's credential had. */
export interface ReplayTokens {
  write?: string;
  read?: string;
}

/** A token no server knows, for requests that were recorded with a made-up one. */
export const UNKNOWN_TOKEN = 'crmc-replay-unknown-token';

function tokenFor(recorded: Exchange, tokens: ReplayTokens): string | undefined {
  switch (recorded.request.auth) {
    case 'read':
      return tokens.read ?? tokens.write;
    case 'unknown':
      return UNKNOWN_TOKEN;
    default:
      return tokens.write;
  }
}

/** Secret headers a recording carries only as a placeholder (other than the token's): replay needs them given. */
export function redactedHeaders(exchanges: readonly Exchange[]): string[] {
  const names = exchanges.flatMap((x) => Object.keys(x.request.headers).map((n) => n.toLowerCase()));
  return [...new Set(names)].filter((name) => name !== 'authorization' && isSecretHeader(name));
}

/**
 * `headers` (from --header) are sent on every request, in place of the recorded value of the same
 * name; a secret header the recording holds only as a placeholder is sent only when given.
 */
export async function replayExchanges(exchanges: readonly Exchange[], from: string, to: string, tokens: ReplayTokens, timeoutMs: number, given: Readonly<Record<string, string>> = {}): Promise<ReplayedExchange[]> {
  const ids = new Map<string, string>();
  const results: ReplayedExchange[] = [];
  for (const recorded of exchanges) {
    const original = recorded.request.url.startsWith(from) ? to + recorded.request.url.slice(from.length) : recorded.request.url;
    const url = substitute(original, ids);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(recorded.request.headers)) {
      const lower = name.toLowerCase();
      if (['host', 'content-length', 'connection', 'transfer-encoding'].includes(lower)) continue;
      if (lower === 'authorization') {
        const token = tokenFor(recorded, tokens);
        if (token !== undefined) headers.authorization = `Bearer ${token}`;
        continue;
      }
      if (!isSecretHeader(lower)) headers[lower] = value;
    }
    Object.assign(headers, given);
    const body = recorded.request.body === undefined ? undefined : substitute(recorded.request.body, ids);
    try {
      const res = await request(url, { method: recorded.request.method.toUpperCase() as 'GET', headers, body, signal: AbortSignal.timeout(timeoutMs) });
      const text = await res.body.text();
      idChanges(recorded.response?.body, text, ids);
      results.push({ recorded, url, status: res.statusCode, body: text });
    } catch (error) {
      const err = error as { code?: string; cause?: { code?: string }; message?: string };
      results.push({ recorded, url, error: err.cause?.code ?? err.code ?? err.message ?? String(error) });
    }
  }
  return results;
}

/** Status expectations a finding may carry: 201, [200, 201], "4xx", "201", { status: … }. */
function statusMatcher(expected: unknown): ((status: number) => boolean) | undefined {
  if (typeof expected === 'number' && expected >= 100 && expected <= 599) return (s) => s === expected;
  if (typeof expected === 'string') {
    const trimmed = expected.trim();
    if (/^[1-5]\d\d$/.test(trimmed)) return (s) => s === Number(trimmed);
    if (/^[1-5]xx$/i.test(trimmed)) return (s) => Math.floor(s / 100) === Number(trimmed[0]);
    return undefined;
  }
  if (Array.isArray(expected)) {
    const matchers = expected.map(statusMatcher);
    if (matchers.length === 0 || matchers.some((m) => m === undefined)) return undefined;
    return (s) => matchers.some((m) => m!(s));
  }
  if (typeof expected === 'object' && expected !== null && 'status' in expected) return statusMatcher((expected as { status: unknown }).status);
  return undefined;
}

export function judgeReplay(finding: Finding, replayed: readonly ReplayedExchange[]): Judgement {
  const last = replayed.at(-1);
  if (last === undefined) return { verdict: 'undecided', reason: 'the finding recorded no exchange' };
  if (last.status === undefined) return { verdict: 'still-failing', reason: `no response: ${last.error ?? 'unknown error'}` };
  const matches = statusMatcher(finding.expected);
  if (matches === undefined) return { verdict: 'undecided', reason: `expected ${JSON.stringify(finding.expected)} holds no status; compare the response by hand` };
  return matches(last.status)
    ? { verdict: 'fixed', reason: `answered ${last.status}, as expected (${JSON.stringify(finding.expected)})` }
    : { verdict: 'still-failing', reason: `answered ${last.status}, expected ${JSON.stringify(finding.expected)}` };
}
