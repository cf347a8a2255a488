/**
 * Programmatic start-up of the Kizen reference server, plus its fixtures, account and fault
 * catalogue. `startKizenServer()` listens on 127.0.0.1, port 0 by default, and resolves with
 * the host root (`http://127.0.0.1:PORT`; every path starts with /api/), the active faults and
 * a `close()` that also ends keep-alive connections.
 */
import { listen } from '../../../reference/common/listen.ts';
import { requestLog, type RunningServer, type StartOptions } from '../../../reference/common/serve.ts';
import { EMPLOYEES } from './fixtures/account.ts';
import { FIXTURE_OBJECTS } from './fixtures/objects.ts';
import { parseFaults } from './faults/fault-set.ts';
import type { KizenObjectDef } from './object-def.ts';
import { createKizenServer } from './server.ts';
import { serveObject, type ServerContext } from './server-context.ts';
import { RecordStore } from './store/record-store.ts';

export * from './fixtures/account.ts';
export * from './fixtures/objects.ts';
export type { FieldOption, FieldRelation, KizenFieldDef, KizenFieldType, KizenObjectDef } from './object-def.ts';
export { LENIENT_CHOICES, type LenientChoice } from './lenient.ts';
export { FAULTS, FAULT_NAMES, isFaultName, type FaultEntry, type FaultName } from './faults/catalogue.ts';
export { BODY_LIMIT_BYTES } from '../../../reference/common/read-body.ts';

export interface KizenServerOptions extends StartOptions {
  /** Objects to serve instead of the fixtures; relation targets must be among them. */
  objects?: readonly KizenObjectDef[];
  /** 'bare': option, rating and relationship values are taken only as bare ids (server-context.ts). */
  referenceForm?: 'bare';
}

export interface RunningKizenServer extends RunningServer {
  /** Host root, e.g. http://127.0.0.1:43121 */
  readonly url: string;
}

export async function startKizenServer(options: KizenServerOptions = {}): Promise<RunningKizenServer> {
  const faults = parseFaults(options.faults ?? []);
  const ctx: ServerContext = {
    objects: (options.objects ?? FIXTURE_OBJECTS).map(serveObject),
    store: new RecordStore(),
    faults,
    employees: new Map(EMPLOYEES.map((employee) => [employee.id, employee] as const)),
    style: options.style ?? 'reference',
    ...(options.referenceForm === undefined ? {} : { referenceForm: options.referenceForm }),
  };
  const server = createKizenServer(ctx, { log: requestLog(options.log), latencyMs: options.latencyMs ?? 0 });
  const listening = await listen(server, options.port ?? 0, options.host);
  return { url: listening.origin, faults: [...faults.names], liveRecords: () => ctx.store.activeCount(), close: listening.close };
}
