/**
 * The signature every HubSpot route handler shares. The server resolves the object type and
 * checks the token's scope before the handler runs; a handler returns a reply or throws, and
 * validates everything before its first write to the store.
 */
import type { IncomingMessage } from 'node:http';
import type { JsonReply } from '../http/respond.ts';
import type { ServedType, ServerContext } from '../server-context.ts';

export interface RequestInput {
  readonly req: IncomingMessage;
  readonly url: URL;
  /** The object type the path names. */
  readonly type: ServedType;
  /** The decoded objectId path segment, '' on routes without one. */
  readonly objectId: string;
}

export type Handler = (ctx: ServerContext, input: RequestInput) => Promise<JsonReply>;

/** Every value of a repeatable query parameter, comma lists split, empty items dropped. */
export function queryList(url: URL, name: string): string[] {
  return url.searchParams.getAll(name).flatMap((value) => value.split(',')).map((item) => item.trim()).filter((item) => item !== '');
}

/** A pause long enough for concurrent requests to run; only the race faults call it. */
export function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 15));
}
