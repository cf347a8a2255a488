/**
 * The signature every Kizen route handler shares. A handler returns a reply or throws an
 * HttpError, and validates everything before its first write to the store.
 */
import type { IncomingMessage } from 'node:http';
import type { JsonReply } from '../../common/respond.ts';
import type { ServerContext } from '../server-context.ts';

export interface RequestInput {
  readonly req: IncomingMessage;
  readonly url: URL;
  /** Decoded path parameters: `object`, `id`, `identifier`, `objectPk`. */
  readonly params: Readonly<Record<string, string>>;
}

export type Handler = (ctx: ServerContext, input: RequestInput) => Promise<JsonReply>;

/** A path parameter the route guarantees. */
export function param(input: RequestInput, name: string): string {
  return input.params[name] ?? '';
}

/** A boolean query flag: true only for `true` (any case) or `1`. */
export function flag(input: RequestInput, name: string): boolean {
  const value = input.url.searchParams.get(name)?.toLowerCase();
  return value === 'true' || value === '1';
}
