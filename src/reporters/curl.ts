/**
 * Builds the curl command that reproduces one recorded request. Every argument is shell-quoted;
 * the Authorization header is written as `Bearer $CRM_TOKEN` so the reader's shell fills it in
 * and no token is ever printed; any other secret-looking header (--header) shows a placeholder
 * for the reader to fill in.
 */
import type { Exchange } from '../core/findings.ts';
import { isSecretHeader, redactedValue } from '../http/redact.ts';

/** Headers curl sets itself or that would make the replay wrong. */
const SKIPPED_HEADERS = new Set(['host', 'content-length', 'connection', 'transfer-encoding', 'keep-alive']);

/** POSIX shell single quoting: safe for any byte sequence except NUL. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export interface CurlOptions {
  /** Replace the recorded base URL prefix with this one. */
  rebase?: { from: string; to: string };
  /** Name of the shell variable that holds the token. */
  tokenVar?: string;
}

function requestUrl(url: string, rebase: CurlOptions['rebase']): string {
  if (rebase !== undefined && url.startsWith(rebase.from)) return rebase.to + url.slice(rebase.from.length);
  return url;
}

/** One line: `curl -sS -X METHOD 'URL' -H '…' --data-raw '…'`. */
export function curlFor(exchange: Exchange, options: CurlOptions = {}): string {
  const tokenVar = options.tokenVar ?? 'CRM_TOKEN';
  const { method, url, headers, body } = exchange.request;
  const parts = ['curl', '-sS', '-i', '-X', shellQuote(method.toUpperCase()), shellQuote(requestUrl(url, options.rebase))];
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (SKIPPED_HEADERS.has(lower)) continue;
    if (lower === 'authorization') {
      // Double quotes so the shell expands the variable; the name is ours, never the target's.
      parts.push('-H', `"Authorization: Bearer $${tokenVar}"`);
      continue;
    }
    parts.push('-H', shellQuote(`${name}: ${isSecretHeader(lower) ? redactedValue(name, value) : value}`));
  }
  if (body !== undefined && body !== '') parts.push('--data-raw', shellQuote(body));
  return parts.join(' ');
}

/** The command that re-runs one finding's exchanges against the target. */
export function replayCommand(findingId: string, reportFile = 'report.json'): string {
  return `npx crm-conformance replay ${shellQuote(reportFile)} ${shellQuote(findingId)}`;
}
