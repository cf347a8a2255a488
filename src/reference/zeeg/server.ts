/**
 * The node:http server of the Zeeg reference implementation: authenticate, route, run the
 * handler and answer JSON, in the request loop every reference server shares
 * (common/serve.ts), with Zeeg's error envelope and its `errors-plain-text` fault.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { HttpError } from '../common/http-error.ts';
import { createApiServer, type ServerOptions } from '../common/serve.ts';
import { authenticate, authorize } from './http/auth.ts';
import { errorReply, sendJson, type JsonReply } from './http/respond.ts';
import { matchRoute } from './http/routes.ts';
import type { ServerContext } from './server-context.ts';

export type { ServerOptions } from '../common/serve.ts';

async function dispatch(ctx: ServerContext, req: IncomingMessage): Promise<JsonReply> {
  const url = new URL(req.url ?? '/', 'http://reference.invalid');
  const scopes = authenticate(req, ctx.faults);
  const match = matchRoute(req.method ?? 'GET', url.pathname);
  if (match.kind === 'not-found') throw new HttpError(404, `No route for ${url.pathname}.`);
  if (match.kind === 'method-not-allowed') {
    throw new HttpError(405, `Method ${req.method ?? ''} is not allowed here.`, { allow: match.allow.join(', ') });
  }
  authorize(scopes, match.endpoint.scope, ctx.faults);
  return match.endpoint.handler(ctx, { req, url, params: match.params });
}

/** The `errors-plain-text` fault: the error message as text/plain instead of a JSON body. */
function sendPlainError(res: ServerResponse, reply: JsonReply): void {
  const message = (reply.body as { message?: unknown }).message;
  res.writeHead(reply.status, { ...reply.headers, 'content-type': 'text/plain; charset=utf-8' });
  res.end(String(message ?? 'error'));
}

export function createZeegServer(ctx: ServerContext, options: ServerOptions = {}): Server {
  return createApiServer(
    {
      name: 'reference server',
      dispatch: (req) => dispatch(ctx, req),
      errorReply: (error) => errorReply(error.status, error.message, { ...error.headers }),
      send: (res, reply) => (reply.status >= 400 && ctx.faults.has('errors-plain-text') ? sendPlainError(res, reply) : sendJson(res, reply)),
    },
    options,
  );
}
