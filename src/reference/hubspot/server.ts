/**
 * The node:http server of the HubSpot reference implementation: authenticate, route, resolve
 * the object type, check the scope, run the handler, answer, and (optionally) log one line per
 * request. Never logs credentials.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { HttpError } from '../common/http-error.ts';
import { holdReply } from '../common/listen.ts';
import { authenticate, authorize } from './http/auth.ts';
import { errorReply, sendReply, type JsonReply } from './http/respond.ts';
import { matchRoute } from './http/routes.ts';
import { requireType, type ServerContext } from './server-context.ts';

export interface ServerOptions {
  /** Where request lines (and unexpected errors) go; undefined means no request log. */
  log?: NodeJS.WritableStream;
  /** Milliseconds each reply is held before it is sent. */
  latencyMs?: number;
}

async function dispatch(ctx: ServerContext, req: IncomingMessage): Promise<JsonReply> {
  const url = new URL(req.url ?? '/', 'http://reference.invalid');
  const granted = authenticate(req, ctx.tokens, ctx.faults);
  const match = matchRoute(req.method ?? 'GET', url.pathname);
  if (match.kind === 'not-found') throw new HttpError(404, `No route for ${url.pathname}.`);
  if (match.kind === 'method-not-allowed') {
    throw new HttpError(405, `Method ${req.method ?? ''} is not allowed here.`, { allow: match.allow.join(', ') });
  }
  const type = requireType(ctx, match.objectType);
  const { read, write } = type.def.scopes;
  authorize(granted, match.endpoint.access === 'read' ? read : write, read, ctx.faults);
  return match.endpoint.handler(ctx, { req, url, type, objectId: match.objectId });
}

function failureReply(ctx: ServerContext, error: unknown, log: NodeJS.WritableStream): JsonReply {
  if (error instanceof HttpError) return errorReply(error, ctx.faults);
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log.write(`hubspot reference server: unexpected error: ${detail}\n`);
  return errorReply(new HttpError(500, 'Internal server error.'), ctx.faults);
}

export function createHubspotServer(ctx: ServerContext, options: ServerOptions = {}): Server {
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
      .catch((error: unknown) => failureReply(ctx, error, errorLog))
      .then(async (reply) => {
        await holdReply(options.latencyMs ?? 0);
        sendReply(res, reply);
      })
      .catch((error: unknown) => {
        errorLog.write(`hubspot reference server: could not answer: ${String(error)}\n`);
        res.destroy();
      });
  });
}
