/**
 * A small HTTP proxy in front of the Kizen reference server for tests: every request passes
 * through a hook that may change it, answer it itself, or change the reference's reply. Used
 * to give checks no fault draws a failing reply, and to serve the reference in another style.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxyRequest {
  method: string;
  /** Path and query. */
  path: string;
  headers: Record<string, string>;
  json: unknown;
}

export interface ProxyReply {
  status: number;
  json: unknown;
}

export type ProxyHook = (req: ProxyRequest, forward: (req: ProxyRequest) => Promise<ProxyReply>) => Promise<ProxyReply>;

async function readAll(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parse(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return text;
  }
}

export async function startProxy(target: string, hook: ProxyHook): Promise<{ url: string; close(): Promise<void> }> {
  const forward = async (req: ProxyRequest): Promise<ProxyReply> => {
    const body = req.json === undefined ? undefined : JSON.stringify(req.json);
    const res = await fetch(`${target}${req.path}`, { method: req.method, headers: { ...req.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body }) });
    return { status: res.status, json: parse(await res.text()) };
  };
  const server = createServer((incoming, res) => {
    void (async () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string' && !['host', 'content-length', 'connection'].includes(name)) headers[name] = value;
      const req: ProxyRequest = { method: incoming.method ?? 'GET', path: incoming.url ?? '/', headers, json: parse(await readAll(incoming)) };
      const reply = await hook(req, forward);
      const body = reply.json === undefined ? '' : JSON.stringify(reply.json);
      // Every reply carries a request id of its own, as a Kizen server's do (facts A5).
      res.writeHead(reply.status, { 'x-request-id': randomUUID(), ...(body === '' ? {} : { 'content-type': 'application/json' }) });
      res.end(body);
    })().catch(() => {
      res.writeHead(502);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
