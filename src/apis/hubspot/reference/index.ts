/**
 * Programmatic start-up of the HubSpot reference server, plus its fixtures, tokens and fault
 * catalogue. `startHubspotServer()` listens on 127.0.0.1, port 0 by default, and resolves with
 * the API root (`http://127.0.0.1:PORT`; paths start with /crm/), the active faults and a
 * `close()` that also ends keep-alive connections.
 */
import { listen } from '../../../reference/common/listen.ts';
import { requestLog, type RunningServer, type StartOptions } from '../../../reference/common/serve.ts';
import { parseFaults } from './faults/fault-set.ts';
import { FIXTURE_OBJECT_TYPES } from './fixtures/index.ts';
import { TOKEN_SCOPES, type TokenScopes } from './fixtures/tokens.ts';
import type { ObjectTypeDef } from './schema.ts';
import { createHubspotServer } from './server.ts';
import { serveType, type ServedType, type ServerContext } from './server-context.ts';
import { ObjectStore } from './store/object-store.ts';

export * from './fixtures/index.ts';
export type { ModificationMetadata, ObjectTypeDef, PropertyDef, PropertyOption, PropertyType, SystemSource } from './schema.ts';
export { LENIENT_CHOICES, type LenientChoice } from './lenient.ts';
export { FAULTS, FAULT_NAMES, isFaultName, type FaultEntry, type FaultName } from './faults/catalogue.ts';
export { API_VERSION } from './http/routes.ts';
export { STRING_MAX_CHARACTERS } from './validation/value-formats.ts';
export { BODY_LIMIT_BYTES } from '../../../reference/common/read-body.ts';

export interface HubspotServerOptions extends StartOptions {
  /** Object types to serve instead of the fixtures (contacts and p_orders). */
  objects?: readonly ObjectTypeDef[];
  /** Accepted bearer tokens and their scopes instead of TOKEN_SCOPES. */
  tokens?: TokenScopes;
}

export interface RunningHubspotServer extends RunningServer {
  /** API root, e.g. http://127.0.0.1:43121 (paths start with /crm/). */
  readonly url: string;
}

export async function startHubspotServer(options: HubspotServerOptions = {}): Promise<RunningHubspotServer> {
  const faults = parseFaults(options.faults ?? []);
  const defs = options.objects ?? FIXTURE_OBJECT_TYPES;
  const served: ServedType[] = defs.map(serveType);
  const ctx: ServerContext = {
    byName: new Map(served.map((type) => [type.def.name, type] as const)),
    byTypeId: new Map(served.map((type) => [type.def.objectTypeId, type] as const)),
    store: new ObjectStore(defs),
    faults,
    tokens: options.tokens ?? TOKEN_SCOPES,
    lenient: options.style === 'lenient',
  };
  const server = createHubspotServer(ctx, { log: requestLog(options.log), latencyMs: options.latencyMs ?? 0 });
  const listening = await listen(server, options.port ?? 0, options.host);
  return { url: listening.origin, faults: [...faults.names], liveRecords: () => defs.reduce((n, def) => n + ctx.store.list(def.name).length, 0), close: listening.close };
}

/** The same start-up under the name every reference server exports. */
export const startReferenceServer = startHubspotServer;
