/**
 * The ways a hostile target answers, one small function each. They plug into
 * startHostileTarget (tests/hostile/servers/hostile-target.ts) as its `behave` option.
 */
import type { Misbehaviour } from './hostile-target.ts';

export const HTML_ERROR_PAGE = '<!doctype html><html><head><title>Error</title></head><body><h1>Something went wrong</h1></body></html>';

/** Status 200 with an HTML error page, labelled as HTML. */
export const htmlErrorPage: Misbehaviour = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(HTML_ERROR_PAGE);
};

/** The expected status, a body that is not JSON although it claims to be. */
export const notJson: Misbehaviour = (req, res) => {
  res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
  res.end('{"success": true, "record": {"id": ');
};

/** Promises 1,000 bytes, sends 20, closes the connection. */
export const truncatedBody: Misbehaviour = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  res.write('{"success":true,"sta', () => res.socket?.destroy());
};

/** Sends the headers and part of the body, then resets the connection (TCP RST). */
export const resetMidResponse: Misbehaviour = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
  res.write('{"success":true,"status":200,"record":{"id":"', () => res.socket?.resetAndDestroy());
};

/** Bytes a misbehaviour managed to hand to the socket, summed over its requests. */
export interface SentBytes {
  bytes: number;
}

/** A body of `bytes` bytes, written as fast as the client reads it and no faster. */
export function hugeBody(bytes: number, sent: SentBytes = { bytes: 0 }): Misbehaviour {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(bytes) });
    let left = bytes;
    const pump = (): void => {
      while (left > 0 && !res.destroyed) {
        const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= part.length;
        sent.bytes += part.length;
        if (!res.write(part)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    pump();
  };
}

/** Drips begun, and drips that ended with the connection closed before the body was complete. */
export interface DripCount {
  started: number;
  cut: number;
}

/** Headers at once, then one body byte every `everyMs` until the client gives up. */
export function dripBody(everyMs: number, count: DripCount = { started: 0, cut: 0 }): Misbehaviour {
  return (_req, res) => {
    count.started += 1;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
    const timer = setInterval(() => res.write(' '), everyMs);
    res.on('close', () => {
      clearInterval(timer);
      if (!res.writableFinished) count.cut += 1;
    });
  };
}

/** 429 Too Many Requests with the given Retry-After header value. */
export function rateLimited(retryAfter: string): Misbehaviour {
  return (_req, res) => {
    res.writeHead(429, { 'content-type': 'application/json', 'retry-after': retryAfter });
    res.end('{"success":false,"status":429,"message":"Too many requests"}');
  };
}

/** 500 with a documented error body. */
export const serverError: Misbehaviour = (_req, res) => {
  res.writeHead(500, { 'content-type': 'application/json' });
  res.end('{"success":false,"status":500,"message":"Internal server error"}');
};

/** The reference server's answer, but labelled text/html. */
export const wrongContentType: Misbehaviour = (req, res, forward) => {
  forward(req, res, (headers) => ({ ...headers, 'content-type': 'text/html; charset=utf-8' }));
};

/** 307 to the same path on another origin. */
export function redirectTo(origin: string): Misbehaviour {
  return (req, res) => {
    res.writeHead(307, { location: `${origin}${req.url ?? '/'}`, 'content-length': '0' });
    res.end();
  };
}

/** Reads the request and never answers it. */
export const neverAnswer: Misbehaviour = () => undefined;
