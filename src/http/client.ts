/**
 * The HTTP client every suite talks to a target with: keep-alive connections (a pool of its own,
 * or the run's shared one), bounded reads, per-request deadline, no redirects, 429 honoured
 * within bounds, and a wire log of redacted exchanges. Every request first passes a RateGate
 * (the run's, when given): a 429's Retry-After shuts that gate for all its clients. Transport
 * failures are CrmcErrors; after the first one the client fails fast, so shrinking never
 * hammers a dead target.
 */
import { errors, Pool, type Dispatcher } from 'undici';
import { CrmcError, type ErrorCode } from '../core/errors.ts';
import type { Exchange, ThrottleCounts } from '../core/findings.ts';
import { dispatchBounded } from './bounded-dispatch.ts';
import { RateGate } from './rate-gate.ts';
import { replyOf, type Reply } from './reply.ts';
import { RequestHeaders } from './request-headers.ts';
import { retryAfterMs } from './retry-after.ts';
import { transportError } from './transport-errors.ts';

export interface ClientOptions {
  baseUrl: string;
  token: string;
  timeoutMs: number;
  /** Response bytes read; a longer body is cut there, the rest discarded unread, and not parsed. */
  maxBodyBytes?: number;
  /** Bytes of a cut body kept in the wire log as evidence (a hostile target must not fill the report). */
  truncatedBodyBytes?: number;
  /** Longest Retry-After honoured on a 429, and how many retries a request gets (see MAX_429_RETRIES). */
  maxRetryAfterMs?: number;
  maxRetries?: number;
  /** The gate shared by every client of a run (pacing and Retry-After pauses); default: one of its own. */
  gate?: RateGate;
  connections?: number;
  /** Connections shared with other clients (a run's): used instead of a pool of its own, and not closed by close(). */
  dispatcher?: Dispatcher;
  /** The run's deadline (ms since the epoch): no request starts after it. */
  deadlineAt?: number;
  /** The read-only token, so the wire log can say which credential a request carried. */
  readToken?: string;
  /** Headers sent on every request (gateway keys, tenant ids); the wire log redacts secret ones. */
  headers?: Readonly<Record<string, string>>;
  /** How an API carries a credential (default: `authorization: Bearer <token>`). */
  credentialHeaders?: (token: string) => Record<string, string>;
  /**
   * Called for a reply that broke on the way (timeout, reset, cut or unparsable HTTP) while the
   * target as a whole still answers; it may throw (a finding). Without it such a reply throws
   * its CrmcError. A refused connection, or TIMEOUTS_UNTIL_DOWN timeouts in a row, always throw.
   */
  onBroken?: (exchange: Exchange, failure: CrmcError) => void;
  /** Sees every final reply (after any Retry-After retries), with what was sent. */
  onReply?: (reply: Reply, sent: SendOptions) => void;
}

/**
 * Retries of one request answered 429. Each 429 pauses the whole run for its Retry-After, so a
 * retry goes out into a quieter target; a target still refusing after two pauses is throttling
 * for longer than a run can wait, and its third 429 stands as the reply the checks judge.
 */
export const MAX_429_RETRIES = 2;

/** The longest Retry-After honoured: a longer one is cut to this, so a target cannot stall a run. */
export const MAX_RETRY_AFTER_MS = 5_000;

/** Timeouts in a row (no answer in between) after which a target counts as down, not broken. */
export const TIMEOUTS_UNTIL_DOWN = 3;

/** The bearer scheme Zeeg and HubSpot use. */
export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

export interface SendOptions {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below the base URL, starting with '/'. */
  path: string;
  query?: Record<string, string>;
  /** A JSON value to send, or `raw` for bytes that are not JSON. */
  json?: unknown;
  raw?: string;
  /** Token override: a string, or null for no credential headers at all. */
  token?: string | null;
  /** Headers for this request only, over the client's own (a test of a missing header sets one to ''). */
  headers?: Readonly<Record<string, string>>;
}

export type { Reply };

const WIRE_LOG_LIMIT = 400;

export class TargetClient {
  readonly baseUrl: string;
  private readonly options: Required<Omit<ClientOptions, 'baseUrl' | 'token' | 'deadlineAt' | 'readToken' | 'headers' | 'credentialHeaders' | 'onBroken' | 'onReply' | 'gate' | 'dispatcher'>> & { token: string };
  private readonly gate: RateGate;
  private readonly deadlineAt: number;
  private readonly readToken: string | undefined;
  private readonly headers: RequestHeaders;
  private readonly onBroken: ((exchange: Exchange, failure: CrmcError) => void) | undefined;
  private readonly onReply: ((reply: Reply, sent: SendOptions) => void) | undefined;
  private timeoutsInARow = 0;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly basePath: string;
  private readonly origin: string;
  private seq = 0;
  private failure: CrmcError | undefined;
  readonly log: Exchange[] = [];
  private readonly writesInFlight = new Set<Exchange>();
  /** Requests on the wire, and what close() waits on when the connections are shared. */
  private inFlight = 0;
  private idle: (() => void) | undefined;
  private closed = false;
  requests = 0;
  /** 429 answers, and what this client's requests waited at the gate. */
  readonly throttle: ThrottleCounts = { throttled: 0, rateWaitMs: 0, retryAfterWaitMs: 0 };

  constructor(options: ClientOptions) {
    const url = new URL(options.baseUrl);
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.origin = url.origin;
    this.deadlineAt = options.deadlineAt ?? Infinity;
    this.readToken = options.readToken;
    this.headers = new RequestHeaders(options.headers ?? {}, options.credentialHeaders ?? bearer);
    this.onBroken = options.onBroken;
    this.onReply = options.onReply;
    this.gate = options.gate ?? new RateGate(undefined);
    this.options = {
      token: options.token,
      timeoutMs: options.timeoutMs,
      maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
      truncatedBodyBytes: options.truncatedBodyBytes ?? 64 * 1024,
      maxRetryAfterMs: options.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS,
      maxRetries: options.maxRetries ?? MAX_429_RETRIES,
      connections: options.connections ?? 16,
    };
    this.ownsDispatcher = options.dispatcher === undefined;
    this.dispatcher = options.dispatcher ?? clientPool(url.origin, this.options.connections, options.timeoutMs);
  }

  /** Position in the wire log, to slice the exchanges of one step later. */
  mark(): number {
    return this.seq;
  }

  since(mark: number): Exchange[] {
    return this.log.filter((e) => e.seq > mark);
  }

  async send(step: string, options: SendOptions): Promise<Reply> {
    if (this.failure !== undefined) throw this.failure;
    if (Date.now() > this.deadlineAt) {
      this.failure = new CrmcError('CRMC_DEADLINE', 'the run reached its deadline (--max-time)');
      throw this.failure;
    }
    for (let attempt = 0; ; attempt += 1) {
      const waited = await this.gate.pass();
      this.throttle.rateWaitMs += waited.rateMs;
      this.throttle.retryAfterWaitMs += waited.retryAfterMs;
      const reply = await this.sendOnce(step, options);
      if (reply.status === 429) this.throttle.throttled += 1;
      const wait = retryAfterMs(reply.status, reply.exchange.response?.headers['retry-after'], this.options.maxRetryAfterMs);
      if (wait === undefined || attempt >= this.options.maxRetries) {
        this.onReply?.(reply, options);
        return reply;
      }
      this.gate.pauseFor(wait);
    }
  }

  private async sendOnce(step: string, options: SendOptions): Promise<Reply> {
    const query = options.query === undefined ? '' : `?${new URLSearchParams(options.query).toString()}`;
    const path = `${this.basePath}${options.path}${query}`;
    const token = options.token === undefined ? this.options.token : options.token;
    const body = options.raw ?? (options.json === undefined ? undefined : JSON.stringify(options.json));
    const headers = this.headers.prepare(token, body !== undefined, options.headers);
    const exchange: Exchange = {
      seq: ++this.seq,
      step,
      request: { method: options.method, url: `${this.origin}${path}`, headers: headers.logged, ...(body === undefined ? {} : { body }), auth: this.roleOf(token) },
      durationMs: 0,
    };
    this.requests += 1;
    this.record(exchange);
    const write = options.method !== 'GET' && step !== 'cleanup';
    if (write) this.markRace(exchange);
    const started = performance.now();
    this.inFlight += 1;
    try {
      // A closed client refuses as its own closed pool would, shared connections or not.
      if (this.closed) throw new errors.ClientClosedError();
      const res = await dispatchBounded(this.dispatcher, { path, method: options.method, headers: headers.sent, body }, this.options);
      exchange.durationMs = Math.round(performance.now() - started);
      this.timeoutsInARow = 0;
      return replyOf(exchange, res, this.options.maxBodyBytes);
    } catch (error) {
      exchange.durationMs = Math.round(performance.now() - started);
      const failure = transportError(error, this.baseUrl, this.options.timeoutMs);
      exchange.error = { code: failure.code, message: failure.message };
      if (failure.code === 'CRMC_TARGET_TIMEOUT') this.timeoutsInARow += 1;
      const down = failure.code === 'CRMC_TARGET_UNREACHABLE' || this.timeoutsInARow >= TIMEOUTS_UNTIL_DOWN;
      if (this.onBroken !== undefined && !down) {
        this.onBroken(exchange, failure);
        return { status: 0, json: undefined, parseError: failure.message, exchange };
      }
      if (isFatal(failure.code)) this.failure = failure;
      throw failure;
    } finally {
      if (write) this.writesInFlight.delete(exchange);
      this.landed();
    }
  }

  /** Writes of one case in flight together are a race: replaying them one by one may not repeat the outcome. */
  private markRace(exchange: Exchange): void {
    if (this.writesInFlight.size > 0) {
      exchange.raced = true;
      for (const other of this.writesInFlight) other.raced = true;
    }
    this.writesInFlight.add(exchange);
  }

  private record(exchange: Exchange): void {
    this.log.push(exchange);
    if (this.log.length > WIRE_LOG_LIMIT) this.log.splice(0, this.log.length - WIRE_LOG_LIMIT);
  }

  private roleOf(token: string | null): NonNullable<Exchange['request']['auth']> {
    if (token === null) return 'none';
    if (token === this.options.token) return 'write';
    return token === this.readToken ? 'read' : 'unknown';
  }

  private landed(): void {
    this.inFlight -= 1;
    if (this.inFlight === 0) this.idle?.();
  }

  /** Waits for this client's requests in flight, as closing a pool of its own does, then refuses new ones. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.ownsDispatcher) await this.dispatcher.close().catch(() => undefined);
    else if (this.inFlight > 0) await new Promise<void>((resolve) => (this.idle = resolve));
  }
}

/** A client's own keep-alive connections to the target (one request per connection at a time). */
export function clientPool(origin: string, connections: number, timeoutMs: number): Pool {
  return new Pool(origin, { connections, pipelining: 1, connect: { timeout: Math.min(timeoutMs, 5_000) } });
}

function isFatal(code: ErrorCode): boolean {
  return code === 'CRMC_TARGET_UNREACHABLE' || code === 'CRMC_TARGET_TIMEOUT';
}
