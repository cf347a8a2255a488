/**
 * A recording proxy in front of a target, on 127.0.0.1 port 0: it forwards each request as it
 * came (minus the hop-by-hop headers) and keeps what it saw, so a test can assert exactly what
 * the CLI sent, probe included. The test closes it.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { request } from 'undici';
import { serve, type TestServer } from '../http/local-server.ts';

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

function forwardable(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!HOP_BY_HOP.has(name) && value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** `targetOrigin` is the target's origin (no path): paths are forwarded unchanged. */
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
