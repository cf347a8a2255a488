/**
 * The node:http server of the Zeeg reference implementation: authenticate, route, run the
 * handler and answer JSON, in the request loop every reference server shares
 * (common/serve.ts), with Zeeg's error envelope (the twin's `{ error }`), its `errors-plain-text`
 * and `record-labelled-text` faults.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { HttpError } from '../../../reference/common/http-error.ts';
import { createApiServer, type ServerOptions } from '../../../reference/common/serve.ts';
import { authenticate, authorize } from './http/auth.ts';
import { errorReply, sendJson, type JsonReply } from './http/respond.ts';
import { matchRoute } from './http/routes.ts';
import type { ServerContext } from './server-context.ts';

export type { ServerOptions } from '../../../reference/common/serve.ts';

async function dispatch(ctx: ServerContext, req: IncomingMessage): Promise<JsonReply> {
  const url = new URL(req.url ?? '/', 'http://reference.invalid');
  const scopes = authenticate(req, ctx.faults);
  const match = matchRoute(req.method ?? 'GET', url.pathname);
  if (match.kind === 'not-found') throw new HttpError(404, `No route for ${url.pathname}.`);
  if (match.kind === 'method-not-allowed') {
    if (ctx.lenient.has('unrouted-method-404')) throw new HttpError(404, `No route for ${req.method ?? ''} ${url.pathname}.`);
    throw new HttpError(405, `Method ${req.method ?? ''} is not allowed here.`, { allow: match.allow.join(', ') });
  }
  authorize(scopes, match.endpoint.scope, ctx.faults, ctx.lenient);
  return match.endpoint.handler(ctx, { req, url, params: match.params });
}

/** The `errors-plain-text` fault: the error message as text/plain instead of a JSON body. */
function sendPlainError(res: ServerResponse, reply: JsonReply): void {
  const message = (reply.body as { message?: unknown }).message;
  res.writeHead(reply.status, { ...reply.headers, 'content-type': 'text/plain; charset=utf-8' });
  res.end(String(message ?? 'error'));
}

/** The `record-labelled-text` fault: a success reply whose JSON body is labelled text/plain. */
function sendLabelledText(res: ServerResponse, reply: JsonReply): void {
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, { ...reply.headers, 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function send(ctx: ServerContext, res: ServerResponse, reply: JsonReply): void {
  if (reply.status >= 400 && ctx.faults.has('errors-plain-text')) return sendPlainError(res, reply);
  if (reply.status < 400 && ctx.faults.has('record-labelled-text')) return sendLabelledText(res, reply);
  sendJson(res, reply);
}

export function createZeegServer(ctx: ServerContext, options: ServerOptions = {}): Server {
  return createApiServer(
    {
      name: 'reference server',
      dispatch: (req) => dispatch(ctx, req),
      errorReply: (error) => errorReply(error.status, error.message, { ...error.headers }, ctx.lenient.has('error-member-only')),
      send: (res, reply) => send(ctx, res, reply),
    },
    options,
  );
}
