/**
 * How long to wait before retrying a 429: the Retry-After header as delay-seconds or as an
 * HTTP-date (RFC 9110 §10.2.3), capped at a limit so a target cannot stall a run. A missing
 * header waits one second; a header that is neither form means "do not retry".
 */

const DEFAULT_WAIT_MS = 1_000;

/**
 * Milliseconds to wait before the next attempt, or undefined when the reply is no 429 or its
 * Retry-After cannot be read. `now` is the current time in epoch milliseconds.
 */
export function retryAfterMs(status: number, header: string | undefined, limit: number, now: number = Date.now()): number | undefined {
  if (status !== 429) return undefined;
  const value = header?.trim() ?? '';
  if (value === '') return Math.min(DEFAULT_WAIT_MS, limit);
  const wait = /^\d+(?:\.\d+)?$/.test(value) ? Number(value) * 1000 : /[a-z]{3}/i.test(value) ? Date.parse(value) - now : NaN;
  if (!Number.isFinite(wait)) return undefined;
  return Math.min(Math.max(wait, 0), limit);
}
