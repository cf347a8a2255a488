/**
 * The signature every Kizen route handler shares. A handler returns a reply or throws an
 * HttpError, and validates everything before its first write to the store. Path parameters
 * are `object`, `id`, `identifier` and `objectPk`.
 */
import type { RequestInput } from '../../../../reference/common/path-input.ts';
import type { JsonReply } from '../../../../reference/common/respond.ts';
import type { ServerContext } from '../server-context.ts';

export { param, type RequestInput } from '../../../../reference/common/path-input.ts';

export type Handler = (ctx: ServerContext, input: RequestInput) => Promise<JsonReply>;

/** A boolean query flag: true only for `true` (any case) or `1`. */
export function flag(input: RequestInput, name: string): boolean {
  const value = input.url.searchParams.get(name)?.toLowerCase();
  return value === 'true' || value === '1';
}

/** Lets other requests run before the handler goes on (a check and its write made two steps). */
export function yieldTurn(ms = 25): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
