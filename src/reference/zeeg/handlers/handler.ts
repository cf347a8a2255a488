/**
 * The signature every route handler shares. A handler either returns a reply or throws an
 * HttpError; it validates everything before its first write to the store.
 */
import type { IncomingMessage } from 'node:http';
import type { JsonReply } from '../http/respond.ts';
import type { ServerContext } from '../server-context.ts';

export interface RequestInput {
  readonly req: IncomingMessage;
  readonly url: URL;
  /** Decoded path parameters, e.g. `slug` and `recordId`. */
  readonly params: Readonly<Record<string, string>>;
}

export type Handler = (ctx: ServerContext, input: RequestInput) => Promise<JsonReply>;

/** A path parameter the route pattern guarantees. */
export function param(input: RequestInput, name: string): string {
  return input.params[name] ?? '';
}
