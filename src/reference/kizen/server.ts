/**
 * The node:http server of the Kizen reference implementation: authenticate the three headers,
 * route, check write permission, run the handler, hold the reply `latencyMs`, and answer JSON
 * (204 without a body). Optionally logs one line per request; never logs credentials.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { HttpError } from '../common/http-error.ts';
import { holdReply } from '../common/listen.ts';
import { sendJson, type JsonReply } from '../common/respond.ts';
import { authenticate, requireWrite } from './http/auth.ts';
import { KizenError, errorReply } from './http/kizen-error.ts';
import { matchRoute } from './http/routes.ts';
import type { ServerContext } from './server-context.ts';

export interface ServerOptions {
  /** Where request lines go; undefined means no request log. Unexpected errors go to stderr then. */
  log?: NodeJS.WritableStream;
  /** Milliseconds each reply is held before it is sent. */
  latencyMs?: number;
}

async function dispatch(ctx: ServerContext, req: IncomingMessage): Promise<JsonReply> {
  const url = new URL(req.url ?? '/', 'http://reference.invalid');
  const caller = authenticate(req, ctx.faults);
  const match = matchRoute(req.method ?? 'GET', url.pathname);
  if (match.kind === 'not-found') throw new KizenError(404, 'not_found', `No route for ${url.pathname}.`);
  if (match.kind === 'method-not-allowed') {
    throw new KizenError(405, 'method_not_allowed', `Method "${req.method ?? ''}" not allowed.`, {}, { allow: match.allow.join(', ') });
  }
  if (match.endpoint.writes) requireWrite(caller, ctx.faults);
  return match.endpoint.handler(ctx, { req, url, params: match.params });
}

function failureReply(error: unknown, log: NodeJS.WritableStream): JsonReply {
  if (error instanceof HttpError) return errorReply(error);
  log.write(`kizen reference server: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return errorReply(new KizenError(500, 'error', 'Internal server error.'));
}

function send(res: ServerResponse, reply: JsonReply): void {
  if (reply.status !== 204) return sendJson(res, reply);
  res.writeHead(204, reply.headers);
  res.end();
}

export function createKizenServer(ctx: ServerContext, options: ServerOptions = {}): Server {
  const errorLog = options.log ?? process.stderr;
  return createServer((req, res) => {
    const started = performance.now();
    const log = options.log;
    if (log !== undefined) {
      res.on('finish', () => log.write(`${req.method ?? '-'} ${req.url ?? '-'} ${res.statusCode} ${(performance.now() - started).toFixed(1)}ms\n`));
    }
    dispatch(ctx, req)
      .catch((error: unknown) => failureReply(error, errorLog))
      .then(async (reply) => {
        await holdReply(options.latencyMs ?? 0);
        send(res, reply);
      })
      .catch((error: unknown) => {
        errorLog.write(`kizen reference server: could not answer: ${String(error)}\n`);
        res.destroy();
      });
  });
}
