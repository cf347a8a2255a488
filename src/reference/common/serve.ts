/**
 * The node:http request loop every reference server shares: run the API's dispatch, turn a
 * thrown HttpError (or an unexpected error, as a 500) into the API's own error body, hold the
 * reply `latencyMs`, send it, and optionally log one line per request. Never logs credentials.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { HttpError } from './http-error.ts';
import { holdReply } from './listen.ts';
import type { JsonReply } from './respond.ts';

export interface ServerOptions {
  /** Where request lines (and unexpected errors) go; undefined means no request log. */
  log?: NodeJS.WritableStream;
  /** Milliseconds each reply is held before it is sent. */
  latencyMs?: number;
}

/** What one API plugs into the loop. */
export interface ApiLoop {
  /** Starts the lines about unexpected errors, e.g. "hubspot reference server". */
  readonly name: string;
  /** Authenticate, route and run the handler; throws HttpError for a refusal. */
  dispatch(req: IncomingMessage): Promise<JsonReply>;
  /** The API's error body for a refusal. */
  errorReply(error: HttpError): JsonReply;
  /** Write the reply (JSON, 204 without a body, or what a fault makes of it). */
  send(res: ServerResponse, reply: JsonReply): void;
}

/** The `log` start-up option: true is stderr, a stream is itself, false or absent is none. */
export function requestLog(option: boolean | NodeJS.WritableStream | undefined): NodeJS.WritableStream | undefined {
  if (option === true) return process.stderr;
  return option === false ? undefined : option;
}

function logRequests(req: IncomingMessage, res: ServerResponse, log: NodeJS.WritableStream): void {
  const started = performance.now();
  res.on('finish', () => {
    const ms = (performance.now() - started).toFixed(1);
    log.write(`${req.method ?? '-'} ${req.url ?? '-'} ${res.statusCode} ${ms}ms\n`);
  });
}

export function createApiServer(api: ApiLoop, options: ServerOptions = {}): Server {
  const errorLog = options.log ?? process.stderr;
  const failureReply = (error: unknown): JsonReply => {
    if (error instanceof HttpError) return api.errorReply(error);
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    errorLog.write(`${api.name}: unexpected error: ${detail}\n`);
    return api.errorReply(new HttpError(500, 'Internal server error.'));
  };
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    if (options.log !== undefined) logRequests(req, res, options.log);
    api
      .dispatch(req)
      .catch(failureReply)
      .then(async (reply) => {
        await holdReply(options.latencyMs ?? 0);
        api.send(res, reply);
      })
      .catch((error: unknown) => {
        errorLog.write(`${api.name}: could not answer: ${String(error)}\n`);
        res.destroy();
      });
  });
}

/** The start-up options every reference server takes; each API adds its own. */
export interface StartOptions {
  port?: number;
  host?: string;
  /** Fault names to switch on (see the API's FAULTS); an unknown name throws CRMC_USAGE. */
  faults?: string[];
  /** true logs one line per request to stderr; a stream logs there instead. */
  log?: boolean | NodeJS.WritableStream;
  /** Milliseconds each reply is held, to act like a distant API (default 0). */
  latencyMs?: number;
  /**
   * `reference` (the default) answers as the suites expect where the pages leave a choice;
   * `lenient` is the twin that takes the other permitted side of every such choice and replies
   * with only the members each page requires (each API lists its choices in `lenient.ts`).
   */
  style?: ServerStyle;
}

/** The two conforming styles of every reference server. */
export const SERVER_STYLES = ['reference', 'lenient'] as const;
export type ServerStyle = (typeof SERVER_STYLES)[number];

/** A started reference server. */
export interface RunningServer {
  /** Where the API's paths start; each API says what that is. */
  readonly url: string;
  /** The switched-on faults. */
  readonly faults: string[];
  /** How many records the server holds that a read would still find (not deleted, not archived). */
  liveRecords(): number;
  /** Stops listening and ends keep-alive connections. */
  close(): Promise<void>;
}
