/**
 * Record ids in recorded replies: where each id-like string sits in a JSON body. Reproduction
 * scripts capture them from replies to use in later requests, and a finding's evidence is
 * completed with the requests that created the records it names.
 */
import type { Exchange } from './findings.ts';

export type JsonPath = Array<string | number>;

const ID_KEY = /(^id$|_id$|Id$)/;

/** Ids shorter than this are too likely to occur by chance inside other text. */
const MIN_ID_LENGTH = 4;

/** Each id-like string of a JSON body (under a key named `id` or ending in `_id` / `Id`) and where it first sits. */
export function idPaths(body: string | undefined): Map<string, JsonPath> {
  const found = new Map<string, JsonPath>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(body ?? '');
  } catch {
    return found;
  }
  const walk = (value: unknown, path: JsonPath, key: string): void => {
    if (typeof value === 'string') {
      if (ID_KEY.test(key) && value.length >= MIN_ID_LENGTH && !found.has(value)) found.set(value, path);
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i], key));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, [...path, k], k);
  };
  walk(parsed, [], '');
  return found;
}

/** Whether a request names an id, in its URL or its body. */
export function mentions(exchange: Exchange, id: string): boolean {
  return exchange.request.url.includes(id) || (exchange.request.body ?? '').includes(id);
}
