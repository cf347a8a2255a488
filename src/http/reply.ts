/**
 * A reply as the checks see it: status, the parsed JSON body (or why there is none) and the
 * exchange as the wire log holds it.
 */
import type { Exchange } from '../core/findings.ts';
import type { RawReply } from './bounded-dispatch.ts';

export interface Reply {
  status: number;
  /** The parsed JSON body; undefined when the body is empty or not JSON. */
  json: unknown;
  parseError?: string;
  exchange: Exchange;
}

/** Records a complete reply in its exchange and parses it; a body cut at `maxBodyBytes` is not parsed. */
export function replyOf(exchange: Exchange, raw: RawReply, maxBodyBytes: number): Reply {
  exchange.response = { status: raw.status, headers: flattenHeaders(raw.headers), body: raw.read.text, truncated: raw.read.truncated };
  if (raw.read.truncated) return { status: raw.status, json: undefined, parseError: `body over the ${maxBodyBytes}-byte read limit`, exchange };
  return parseReply(exchange);
}

/** Response headers as one string each: repeated ones joined with ", ". */
function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

function parseReply(exchange: Exchange): Reply {
  const response = exchange.response!;
  if (response.body.trim() === '') return { status: response.status, json: undefined, exchange };
  try {
    return { status: response.status, json: JSON.parse(response.body) as unknown, exchange };
  } catch (error) {
    return { status: response.status, json: undefined, parseError: error instanceof Error ? error.message : 'not JSON', exchange };
  }
}
