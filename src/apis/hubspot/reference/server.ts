/**
 * The node:http server of the HubSpot reference implementation: authenticate, route, resolve
 * the object type, check the scope and run the handler, in the request loop every reference
 * server shares (common/serve.ts), with HubSpot's error body.
 */
import type { IncomingMessage, Server } from 'node:http';
import { HttpError } from '../../../reference/common/http-error.ts';
import { sendReply } from '../../../reference/common/respond.ts';
import { createApiServer, type ServerOptions } from '../../../reference/common/serve.ts';
import { authenticate, authorize } from './http/auth.ts';
import { errorReply, type JsonReply } from './http/respond.ts';
import { matchRoute } from './http/routes.ts';
import { requireType, type ServerContext } from './server-context.ts';
import { ObjectStore } from './store/object-store.ts';

export type { ServerOptions } from '../../../reference/common/serve.ts';

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
  const readAccess = match.endpoint.access === 'read' && !ctx.faults.has('reads-need-write-scope');
  authorize(granted, readAccess ? read : write, read, ctx.faults);
  return match.endpoint.handler(familyContext(ctx, url.pathname), { req, url, type, objectId: match.objectId });
}

/** The second store the `v3-own-store` fault gives the /crm/v3/ paths, per server. */
const v3Stores = new WeakMap<ServerContext, ObjectStore>();

/** Both path families serve one store; under `v3-own-store` the v3 paths get a store of their own. */
function familyContext(ctx: ServerContext, pathname: string): ServerContext {
  if (!ctx.faults.has('v3-own-store') || !pathname.startsWith('/crm/v3/')) return ctx;
  const store = v3Stores.get(ctx) ?? new ObjectStore([...ctx.byName.values()].map((type) => type.def));
  v3Stores.set(ctx, store);
  return { ...ctx, store };
}

export function createHubspotServer(ctx: ServerContext, options: ServerOptions = {}): Server {
  return createApiServer(
    {
      name: 'hubspot reference server',
      dispatch: (req) => dispatch(ctx, req),
      errorReply: (error) => errorReply(error, ctx.faults, ctx.lenient),
      send: sendReply,
    },
    options,
  );
}
