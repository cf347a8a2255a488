/**
 * A target that behaves like the reference server except where a test makes it misbehave:
 * every request goes through a small node:http proxy to a real reference server on port 0,
 * unless `when(req)` picks it, then `behave` answers it instead. Discovery and the supplier
 * anchors can so stay correct while record endpoints turn hostile, and findings get produced.
 */
import { Agent, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { startReferenceServer } from '../../../src/apis/zeeg/reference/index.ts';
import { listenHttp, type LocalServer } from './listen.ts';

/** Passes a request on to the reference server, optionally rewriting the reply's headers. */
export type Forward = (req: IncomingMessage, res: ServerResponse, rewrite?: HeaderRewrite) => void;
export type HeaderRewrite = (headers: IncomingMessage['headers']) => IncomingMessage['headers'];
export type Misbehaviour = (req: IncomingMessage, res: ServerResponse, forward: Forward) => void;

export interface HostileOptions {
  /** Which requests misbehave; the rest reach the reference server unchanged. */
  when: (req: IncomingMessage) => boolean;
  behave: Misbehaviour;
}

export interface HostileTarget extends LocalServer {
  /** Requests seen, and how many of them misbehaved. */
  readonly counts: { total: number; hostile: number };
}

/** Requests on the products record endpoints (create, assert, patch, get, delete, relation). */
export function productRecords(req: IncomingMessage): boolean {
  return /^\/v2\/crm\/products(?:[/?]|$)/.test(req.url ?? '');
}

/** Every request, discovery included. */
export function everything(): boolean {
  return true;
}

export async function startHostileTarget(options: HostileOptions): Promise<HostileTarget> {
  const upstream = await startReferenceServer();
  const upstreamOrigin = new URL(upstream.url).origin;
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const counts = { total: 0, hostile: 0 };
  const forward: Forward = (req, res, rewrite = (headers) => headers) => {
    const out = request(`${upstreamOrigin}${req.url ?? '/'}`, { method: req.method, headers: req.headers, agent }, (reply) => {
      res.writeHead(reply.statusCode ?? 502, rewrite({ ...reply.headers }));
      reply.pipe(res);
    });
    out.on('error', () => res.destroy());
    req.pipe(out);
  };
  const server = await listenHttp((req, res) => {
    counts.total += 1;
    if (!options.when(req)) return forward(req, res);
    counts.hostile += 1;
    options.behave(req, res, forward);
  });
  return {
    ...server,
    counts,
    close: async () => {
      await server.close();
      agent.destroy();
      await upstream.close();
    },
  };
}
