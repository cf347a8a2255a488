/**
 * The two path families (facts B2: each record operation has a 2026-03 path and a v3 path): a
 * record created through one is read, updated and archived through the other with the statuses
 * and values its own family would give, in both directions.
 */
import { judgeObject, judgeValues } from '../checks/judge-object.ts';
import { expectThat } from '../checks/probe.ts';
import { PATH_FAMILIES_ONE_STORE } from '../checks/record-checks.ts';
import type { SendOptions } from '../../../http/client.ts';
import { predictUpdate } from '../model/predict-write.ts';
import { findRecord, withArchived } from '../model/state.ts';
import { executeWrite, type Box } from '../runtime/execute.ts';
import { fullValues } from '../runtime/fill.ts';
import { onV3, readNames, recordPath, updateRequest } from '../runtime/requests.ts';
import { probeOf, type HubspotTarget } from '../runtime/target.ts';
import type { Session } from '../../../runner/session.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { boxOf, createRecord } from './fixtures.ts';

type Family = (request: SendOptions) => SendOptions;

const dated: Family = (request) => request;
const FAMILIES: ReadonlyArray<{ name: string; own: Family; other: Family }> = [
  { name: '2026-03 → v3', own: dated, other: onV3 },
  { name: 'v3 → 2026-03', own: onV3, other: dated },
];

/** Reads `id` through `family`: 200 with the values the model holds. */
async function readThrough(box: Box, session: Session, family: Family, id: string, step: string): Promise<void> {
  const probe = probeOf(session, box.target);
  const reply = await session.client.send(step, family({ method: 'GET', path: recordPath(box.target.objectType, id), query: { properties: readNames(box.target.world).join(',') } }));
  expectThat(probe, PATH_FAMILIES_ONE_STORE, reply.status === 200, 200, reply.status, `${step}: a read of live record ${id} answered ${reply.status}`);
  judgeValues(probe, findRecord(box.state, id)?.values ?? {}, judgeObject(probe, reply.json), readNames(box.target.world), () => PATH_FAMILIES_ONE_STORE, step);
}

/** Archives `id` through `family` (204), then reads it through the other (404). */
async function archiveThrough(box: Box, session: Session, family: Family, other: Family, id: string, step: string): Promise<void> {
  const probe = probeOf(session, box.target);
  const path = recordPath(box.target.objectType, id);
  const archived = await session.client.send(step, family({ method: 'DELETE', path }));
  expectThat(probe, PATH_FAMILIES_ONE_STORE, archived.status === 204, 204, archived.status, `${step}: archiving ${id} answered ${archived.status}`);
  session.untrack(box.target.objectType, id);
  box.state = withArchived(box.state, id);
  const read = await session.client.send(`${step}/read`, other({ method: 'GET', path }));
  expectThat(probe, PATH_FAMILIES_ONE_STORE, read.status === 404, 404, read.status, `${step}: a read of archived ${id} through the other family answered ${read.status}`);
}

export const pathsSuite = defineSuite<HubspotTarget>('paths', 'Path families', [
  {
    title: 'a record written through one path family is read, updated and archived through the other',
    clauses: ['HUBSPOT-PATHS-001'],
    checks: [PATH_FAMILIES_ONE_STORE],
    async run({ session, targets }) {
      for (const target of targets) {
        for (const { name, own, other } of FAMILIES) {
          const box = boxOf(target);
          const world = target.world;
          const id = await createRecord(box, session, `create (${name})`, { via: own, ...(own === dated ? {} : { accept: PATH_FAMILIES_ONE_STORE }) });
          session.stepMark = session.client.mark();
          await readThrough(box, session, other, id, `read (${name})`);
          const change = fullValues(world, session);
          session.stepMark = session.client.mark();
          await executeWrite(box, session, {
            step: `update (${name})`, op: 'updateObject', request: other(updateRequest(target.objectType, id, change)), prediction: predictUpdate(world, box.state, id, change),
            sent: change, accept: PATH_FAMILIES_ONE_STORE, charge: () => PATH_FAMILIES_ONE_STORE,
          });
          await readThrough(box, session, own, id, `read back (${name})`);
          await archiveThrough(box, session, other, own, id, `archive (${name})`);
        }
      }
    },
  },
]);
