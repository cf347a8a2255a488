/**
 * A counterexample line for one request as it went out: the name of the step that sent it,
 * then the method, the path with its query and the JSON body exactly as sent, run prefixes and
 * required fills included, so the line reads like the wire log it stands for.
 */
import type { SendOptions } from '../http/client.ts';

export function sentStep(step: string, request: SendOptions): string {
  const query = request.query === undefined ? '' : `?${new URLSearchParams(request.query).toString()}`;
  const body = request.json !== undefined ? ` ${JSON.stringify(request.json)}` : request.raw !== undefined ? ` ${request.raw}` : '';
  return `${step}: ${request.method} ${request.path}${query}${body}`;
}
