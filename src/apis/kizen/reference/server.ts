/**
 * The node:http server of the Kizen reference implementation: authenticate the three headers,
 * route, check write permission and run the handler, in the request loop every reference
 * server shares (common/serve.ts), with Kizen's DRF-style error bodies.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { sendReply, type JsonReply } from '../../../reference/common/respond.ts';
import { createApiServer, type ServerOptions } from '../../../reference/common/serve.ts';
import { authenticate, requireRead, requireWrite } from './http/auth.ts';
import { KizenError, errorReply } from './http/kizen-error.ts';
import { matchRoute } from './http/routes.ts';
import { lenient } from './lenient.ts';
import type { ServerContext } from './server-context.ts';

export type { ServerOptions } from '../../../reference/common/serve.ts';

async function dispatch(ctx: ServerContext, req: IncomingMessage): Promise<JsonReply> {
  const url = new URL(req.url ?? '/', 'http://reference.invalid');
  const caller = authenticate(req, ctx.faults, lenient(ctx));
  const match = matchRoute(req.method ?? 'GET', url.pathname);
  if (match.kind === 'not-found') throw new KizenError(404, 'not_found', `No route for ${url.pathname}.`);
  if (match.kind === 'method-not-allowed') {
    throw new KizenError(405, 'method_not_allowed', `Method "${req.method ?? ''}" not allowed.`, {}, { allow: match.allow.join(', ') });
  }
  if (match.endpoint.writes) requireWrite(caller, ctx.faults);
  else requireRead(caller, ctx.faults);
  return match.endpoint.handler(ctx, { req, url, params: match.params });
}

/** Every reply carries X-Request-ID (facts A5), unless the request-id-missing fault is on. */
function withRequestId(ctx: ServerContext, reply: JsonReply): JsonReply {
  return ctx.faults.has('request-id-missing') ? reply : { ...reply, headers: { ...reply.headers, 'x-request-id': randomUUID() } };
}

export function createKizenServer(ctx: ServerContext, options: ServerOptions = {}): Server {
  return createApiServer(
    { name: 'kizen reference server', dispatch: (req) => dispatch(ctx, req), errorReply: (error) => errorReply(error, ctx.faults), send: (res, reply) => sendReply(res, withRequestId(ctx, reply)) },
    options,
  );
}
