/**
 * The signature every route handler shares. A handler either returns a reply or throws an
 * HttpError; it validates everything before its first write to the store. Path parameters
 * are `slug` and `recordId`.
 */
import type { RequestInput } from '../../../../reference/common/path-input.ts';
import type { JsonReply } from '../http/respond.ts';
import type { ServerContext } from '../server-context.ts';

export { param, type RequestInput } from '../../../../reference/common/path-input.ts';

export type Handler = (ctx: ServerContext, input: RequestInput) => Promise<JsonReply>;
