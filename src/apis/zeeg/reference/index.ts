/**
 * Programmatic start-up of the Zeeg reference server, plus its fixtures and fault catalogue.
 * `startReferenceServer()` listens on 127.0.0.1, port 0 by default, and resolves with the base
 * URL (`http://127.0.0.1:PORT/v2`), the active faults and a `close()` that also ends keep-alive
 * connections. `style: 'lenient'` starts the lenient twin (the choices it takes: lenient.ts).
 */
import { listen } from '../../../reference/common/listen.ts';
import { requestLog, type RunningServer, type StartOptions } from '../../../reference/common/serve.ts';
import { parseFaults } from './faults/fault-set.ts';
import type { ObjectDef } from '../contract/attributes.ts';
import { FIXTURE_OBJECTS, MEMBER_IDS, systemAttributes } from './fixtures.ts';
import { createZeegServer } from './server.ts';
import { lenientSet } from './lenient.ts';
import { serveObject, type ServerContext } from './server-context.ts';
import { loadSnapshot, saveSnapshot } from './store/persistence.ts';
import { RecordStore } from './store/record-store.ts';

export * from './fixtures.ts';
export { LENIENT_CHOICES, type LenientChoice, type LenientName } from './lenient.ts';
export { FAULTS, FAULT_NAMES, isFaultName, type FaultEntry, type FaultName } from './faults/catalogue.ts';
export { BODY_LIMIT_BYTES } from '../../../reference/common/read-body.ts';

export interface ReferenceServerOptions extends StartOptions {
  /** JSON file to load at start and rewrite after every successful write. */
  dataFile?: string;
  /** Objects to serve instead of the fixtures (system attributes are added when missing). */
  objects?: readonly ObjectDef[];
  /** Organization member UUIDs instead of MEMBER_IDS. */
  members?: readonly string[];
}

export interface RunningReferenceServer extends RunningServer {
  /** Base URL, e.g. http://127.0.0.1:43121/v2 */
  readonly url: string;
}

export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<RunningReferenceServer> {
  const faults = parseFaults(options.faults ?? []);
  const defs = (options.objects ?? FIXTURE_OBJECTS).map(withSystemAttributes);
  const objects = new Map(defs.map((def) => [def.slug, serveObject(def)] as const));
  const store = new RecordStore(defs);
  const dataFile = options.dataFile;
  if (dataFile !== undefined) loadSnapshot(dataFile, store, defs);
  const ctx: ServerContext = {
    objects,
    store,
    faults,
    lenient: lenientSet(options.style),
    members: new Set(options.members ?? MEMBER_IDS),
    persist: dataFile === undefined ? () => undefined : () => saveSnapshot(dataFile, store, defs),
  };
  const server = createZeegServer(ctx, { log: requestLog(options.log), latencyMs: options.latencyMs ?? 0 });
  const listening = await listen(server, options.port ?? 0, options.host);
  return { url: `${listening.origin}/v2`, faults: [...faults.names], liveRecords: () => defs.reduce((n, def) => n + store.list(def.slug).length, 0), close: listening.close };
}

function withSystemAttributes(def: ObjectDef): ObjectDef {
  if (def.attributes.some((a) => a.key === 'id')) return def;
  return { ...def, attributes: [...systemAttributes(), ...def.attributes] };
}
