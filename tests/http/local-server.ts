/**
 * A throwaway HTTP server on 127.0.0.1, port 0, that records what it receives, and the same as
 * a recording proxy in front of another server. Tests close it.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface TestServer {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  received: Received[];
  close(): Promise<void>;
}

export async function serve(handle: (req: IncomingMessage, res: ServerResponse, seen: Received) => void): Promise<TestServer> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (chunk: Buffer) => parts.push(chunk));
    req.on('end', () => {
      const seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(parts).toString('utf8') };
      received.push(seen);
      handle(req, res, seen);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on: bound once, then released. */
export async function closedPort(): Promise<number> {
  const probe = await serve(() => undefined);
  const port = Number(new URL(probe.url).port);
  await probe.close();
  return port;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

function forwardable(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!HOP_BY_HOP.has(name) && value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/**
 * Forwards each request as it came (minus the hop-by-hop headers) to `targetOrigin` (no path:
 * paths go unchanged) and keeps what it saw, so a test can assert exactly what a client sent.
 */
export function recordingProxy(targetOrigin: string): Promise<TestServer> {
  return serve((req, res, seen) => {
    const method = (req.method ?? 'GET') as 'GET';
    request(`${targetOrigin}${seen.url}`, { method, headers: forwardable(seen.headers), body: seen.body === '' ? null : seen.body })
      .then(async (up) => {
        const body = await up.body.text();
        res.writeHead(up.statusCode, { 'content-type': String(up.headers['content-type'] ?? 'application/json') });
        res.end(body);
      })
      .catch((error: unknown) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
  });
}
