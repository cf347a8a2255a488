/**
 * The node:http server of the Zeeg reference implementation: authenticate, route, run the
 * handler, answer JSON, and (optionally) log one line per request. Never logs credentials.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { authenticate, authorize } from './http/auth.ts';
import { HttpError } from '../common/http-error.ts';
import { holdReply } from '../common/listen.ts';
import { errorReply, sendJson, type JsonReply } from './http/respond.ts';
import { matchRoute } from './http/routes.ts';
import type { ServerContext } from './server-context.ts';

export interface ServerOptions {
  /** Where request lines (and unexpected errors) go; undefined means no request log. */
  log?: NodeJS.WritableStream;
  /** Milliseconds each reply is held before it is sent. */
  latencyMs?: number;
}

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

function failureReply(error: unknown, log: NodeJS.WritableStream): JsonReply {
  if (error instanceof HttpError) return errorReply(error.status, error.message, { ...error.headers });
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log.write(`reference server: unexpected error: ${detail}\n`);
  return errorReply(500, 'Internal server error.');
}

/** The `errors-plain-text` fault: the error message as text/plain instead of a JSON body. */
function sendPlainError(res: ServerResponse, reply: JsonReply): void {
  const message = (reply.body as { message?: unknown }).message;
  res.writeHead(reply.status, { ...reply.headers, 'content-type': 'text/plain; charset=utf-8' });
  res.end(String(message ?? 'error'));
}

export function createZeegServer(ctx: ServerContext, options: ServerOptions = {}): Server {
  const errorLog = options.log ?? process.stderr;
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    if (options.log !== undefined) {
      const log = options.log;
      res.on('finish', () => {
        const ms = (performance.now() - started).toFixed(1);
        log.write(`${req.method ?? '-'} ${req.url ?? '-'} ${res.statusCode} ${ms}ms\n`);
      });
    }
    dispatch(ctx, req)
      .catch((error: unknown) => failureReply(error, errorLog))
      .then(async (reply) => {
        await holdReply(options.latencyMs ?? 0);
        return reply;
      })
      .then((reply) => (reply.status >= 400 && ctx.faults.has('errors-plain-text') ? sendPlainError(res, reply) : sendJson(res, reply)))
      .catch((error: unknown) => {
        errorLog.write(`reference server: could not answer: ${String(error)}\n`);
        res.destroy();
      });
  });
}
