/**
 * Parsers for every setting value, shared by flags, environment and config file. Each throws
 * one CrmcError naming where the value came from (`--runs`, `CRM_BASE_URL`, `config.runs` …).
 */
import { CrmcError, type ErrorCode } from '../core/errors.ts';

/** Where a value came from, for the message, and which code a bad value raises. */
export interface Origin {
  name: string;
  code: ErrorCode;
}

/** Throws the one-line error for a bad value, naming where it came from. */
export function bad(origin: Origin, problem: string): never {
  throw new CrmcError(origin.code, `${origin.name}: ${problem}`);
}

export function parseInteger(raw: unknown, origin: Origin, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!Number.isInteger(value)) bad(origin, `expected an integer, got ${JSON.stringify(raw)}`);
  if (value < min || value > max) bad(origin, `expected an integer from ${min} to ${max}, got ${value}`);
  return value;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/** 90000 → "90s", 120000 → "2m", 250 → "250ms": the largest unit that divides evenly. */
export function formatDuration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms >= 1_000 && ms % 1_000 === 0) return `${ms / 1_000}s`;
  return `${ms}ms`;
}

/**
 * A duration in milliseconds: `500ms`, `30s`, `1.5s`, `2m`, `1h`, or a bare integer of
 * milliseconds (a number in a config file, or digits without a unit).
 */
export function parseDuration(raw: unknown, origin: Origin, minMs: number, maxMs = Number.MAX_SAFE_INTEGER): number {
  const text = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  const match = /^(\d+)$|^(\d+(?:\.\d+)?) ?(ms|s|m|h)$/.exec(text);
  if (match === null) bad(origin, `expected a duration such as 500ms, 30s or 2m (a bare number is milliseconds), got ${JSON.stringify(raw)}`);
  const ms = match[1] !== undefined ? Number(match[1]) : Math.round(Number(match[2]) * UNIT_MS[match[3]!]!);
  const range = maxMs === Number.MAX_SAFE_INTEGER ? `at least ${formatDuration(minMs)}` : `from ${formatDuration(minMs)} to ${formatDuration(maxMs)}`;
  if (ms < minMs || ms > maxMs) bad(origin, `expected a duration ${range}, got ${formatDuration(ms)}`);
  return ms;
}

/** An http(s) API root; the trailing slash is dropped. */
export function parseBaseUrl(raw: unknown, origin: Origin): string {
  if (typeof raw !== 'string' || raw === '') bad(origin, 'expected a URL');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    bad(origin, `not a URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') bad(origin, `expected an http or https URL, got ${url.protocol}`);
  if (url.username !== '' || url.password !== '') bad(origin, 'credentials in the URL are not allowed; use --token');
  if (url.search !== '' || url.hash !== '') bad(origin, 'expected an API root without query or fragment');
  return url.href.replace(/\/+$/, '');
}

/** `i/n` with 1 <= i <= n. */
export function parseShard(raw: unknown, origin: Origin): { index: number; count: number } {
  const match = typeof raw === 'string' ? /^(\d+)\/(\d+)$/.exec(raw.trim()) : null;
  if (match === null) bad(origin, `expected i/n such as 1/3, got ${JSON.stringify(raw)}`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) bad(origin, `expected 1 <= i <= n, got ${index}/${count}`);
  return { index, count };
}

/** Run ids prefix every unique value a run writes; short and plain so values stay within 255 code points. */
export function parseRunId(raw: unknown, origin: Origin): string {
  if (typeof raw !== 'string' || !/^[a-z0-9]{4,16}$/.test(raw)) bad(origin, `expected 4 to 16 lower-case letters and digits, got ${JSON.stringify(raw)}`);
  return raw;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9][a-z0-9_-]*$/i;

export function parseList(raw: unknown, origin: Origin, kind: 'uuid' | 'slug' | 'id'): string[] {
  const list = typeof raw === 'string' ? raw.split(',') : raw;
  if (!Array.isArray(list)) bad(origin, 'expected a list of strings');
  return list.map((item) => {
    const value = typeof item === 'string' ? item.trim() : '';
    const ok = kind === 'uuid' ? UUID.test(value) : kind === 'slug' ? SLUG.test(value) : /^[A-Za-z0-9_-]+$/.test(value);
    if (!ok) bad(origin, `not a valid ${kind === 'id' ? 'clause id or check code' : kind}: ${JSON.stringify(item)}`);
    return value;
  });
}

export function parseBoolean(raw: unknown, origin: Origin): boolean {
  if (typeof raw === 'boolean') return raw;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0' || raw === '') return false;
  bad(origin, `expected true or false, got ${JSON.stringify(raw)}`);
}

export function parseToken(raw: unknown, origin: Origin): string {
  if (typeof raw !== 'string' || raw.trim() === '') bad(origin, 'expected a non-empty token');
  if (/\s/.test(raw.trim())) bad(origin, 'a token cannot contain whitespace');
  if (raw.trim().length < 4) bad(origin, 'a token shorter than 4 characters cannot be kept out of reports');
  return raw.trim();
}

/** Loopback hosts, where plain http does not expose a token on the network. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** A warning line when a token would travel unencrypted beyond this machine, else undefined. */
export function plainHttpWarning(baseUrl: string): string | undefined {
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' || isLoopback(url.hostname)) return undefined;
  return `warning: the token is sent over plain http to ${url.host}; use https`;
}
