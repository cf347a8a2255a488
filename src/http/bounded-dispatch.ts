/**
 * One request through an undici dispatcher, with the body collected straight from the parser
 * into a BodyBound: no response stream, no async iterator, no AbortSignal. The deadline covers
 * the whole exchange (a body dripping one byte at a time cannot outlast it), the same as an
 * `AbortSignal.timeout` given to `request()`, but with one plain timer per request.
 */
import type { Dispatcher } from 'undici';
import { BodyBound, type BodyRead } from './read-body.ts';

export interface BoundedRequest {
  path: string;
  method: Dispatcher.HttpMethod;
  headers: Readonly<Record<string, string>>;
  body: string | undefined;
}

export interface BoundedLimits {
  timeoutMs: number;
  maxBodyBytes: number;
  truncatedBodyBytes: number;
}

export interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  read: BodyRead;
}

/** What the deadline aborts a request with; its code maps to CRMC_TARGET_TIMEOUT (see transport-errors.ts). */
export class DeadlineError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(timeoutMs: number) {
    super(`no complete reply within ${timeoutMs} ms`);
    this.name = 'DeadlineError';
  }
}

/** The reason a body cut at the byte limit is aborted with; never reaches the caller. */
class BodyCutError extends Error {
  readonly code = 'UND_ERR_ABORTED';
}

class BoundedHandler implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | undefined;
  private timedOut: DeadlineError | undefined;
  private status = 0;
  private headers: RawReply['headers'] = {};
  private bound: BodyBound | undefined;
  private settled = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly limits: BoundedLimits,
    private readonly resolve: (reply: RawReply) => void,
    private readonly reject: (error: Error) => void,
  ) {
    this.timer = setTimeout(() => this.expire(), limits.timeoutMs);
  }

  /** A request still queued for a connection is aborted when it gets one, as undici does with a signal. */
  private expire(): void {
    this.timedOut = new DeadlineError(this.limits.timeoutMs);
    this.controller?.abort(this.timedOut);
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.timedOut !== undefined) controller.abort(this.timedOut);
  }

  onResponseStart(_controller: Dispatcher.DispatchController, status: number, headers: RawReply['headers']): void {
    // 1xx answers are interim; the final status follows on the same request.
    if (status < 200) return;
    this.status = status;
    this.headers = headers;
    this.bound = new BodyBound(this.limits.maxBodyBytes, this.limits.truncatedBodyBytes);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.bound === undefined || this.bound.push(chunk)) return;
    // Cut: the rest is never read; aborting destroys the connection, as destroying the body stream did.
    this.finish();
    controller.abort(new BodyCutError('body over the read limit'));
  }

  onResponseEnd(): void {
    this.finish();
  }

  onResponseError(_controller: Dispatcher.DispatchController | undefined, error: Error): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.timer);
    this.reject(error);
  }

  private finish(): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.timer);
    const read = (this.bound ?? new BodyBound(0)).result();
    this.resolve({ status: this.status, headers: this.headers, read });
  }
}

/** Sends one request and collects its reply within the limits; transport failures reject with undici's error. */
export function dispatchBounded(dispatcher: Dispatcher, request: BoundedRequest, limits: BoundedLimits): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const handler = new BoundedHandler(limits, resolve, reject);
    dispatcher.dispatch(
      { path: request.path, method: request.method, headers: request.headers, body: request.body ?? null, headersTimeout: limits.timeoutMs, bodyTimeout: limits.timeoutMs },
      handler,
    );
  });
}
