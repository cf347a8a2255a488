/**
 * Unique values (reference notes): a value a hasUniqueValue property already holds is 409
 * CONFLICT and nothing written, on create, update and upsert; a record keeps its own value;
 * racing creates of one value, and racing updates of several records to one value, leave exactly
 * one holder.
 */
import { judgeSingleHolder } from '../checks/judge-surface.ts';
import * as S from '../checks/surface-checks.ts';
import { predictCreate, predictUpdate } from '../model/predict-write.ts';
import { findRecord } from '../model/state.ts';
import { executeWrite } from '../runtime/execute.ts';
import { requiredFill, uniqueText, upsertFill } from '../runtime/fill.ts';
import { createRequest, idOf, recordPath, updateRequest } from '../runtime/requests.ts';
import { probeOf, type HubspotTarget } from '../runtime/target.ts';
import { executeUpsert } from '../runtime/upsert.ts';
import type { Session } from '../../../runner/session.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { boxOf, createRecord, refusedForUnsent, skipAll } from './fixtures.ts';

const RACERS = 4;
const CHECKS = [S.UNIQUE_CREATE_CONFLICT, S.UNIQUE_UPDATE_CONFLICT, S.UNIQUE_UPSERT_CONFLICT, S.CONFLICT_STATUS, S.UNIQUE_OWN_VALUE, S.CONFLICT_NAMES_HOLDER];

export const uniqueSuite = defineSuite<HubspotTarget>('unique', 'Unique values', [
  {
    title: 'a held unique value is 409 CONFLICT on create, update and upsert and writes nothing; a record keeps its own',
    clauses: ['HUBSPOT-UNIQUE-001', 'HUBSPOT-UNIQUE-002', 'HUBSPOT-UNIQUE-003', 'HUBSPOT-UNIQUE-005', 'HUBSPOT-UNIQUE-006', 'HUBSPOT-UNIQUE-007'],
    checks: CHECKS,
    async run({ session, targets }) {
      for (const target of targets) {
        const [unique, other] = uniqueText(target.world);
        if (unique === undefined) {
          skipAll(session, CHECKS, `"${target.objectType}" has no unique text property`);
          continue;
        }
        const box = boxOf(target);
        const a = await createRecord(box, session, 'create A');
        const b = await createRecord(box, session, 'create B');
        const held = { [unique.name]: findRecord(box.state, a)!.values[unique.name]! };
        const fresh = requiredFill(target.world, session);
        const dup = { ...fresh, ...held };
        const tracer = other === undefined ? undefined : { name: other.name, value: fresh[other.name]! };
        session.stepMark = session.client.mark();
        await executeWrite(box, session, { step: 'create with A\'s value', op: 'createObject', request: createRequest(target.objectType, dup), prediction: predictCreate(target.world, box.state, dup), sent: dup, accept: S.UNIQUE_CREATE_CONFLICT, ...(tracer === undefined ? {} : { tracer }) });
        session.stepMark = session.client.mark();
        await executeWrite(box, session, { step: 'update B to A\'s value', op: 'updateObject', request: updateRequest(target.objectType, b, held), prediction: predictUpdate(target.world, box.state, b, held), sent: held, accept: S.UNIQUE_UPDATE_CONFLICT });
        session.stepMark = session.client.mark();
        await executeWrite(box, session, { step: 'update A to its own value', op: 'updateObject', request: updateRequest(target.objectType, a, held), prediction: predictUpdate(target.world, box.state, a, held), sent: held, accept: S.UNIQUE_OWN_VALUE, charge: () => S.UNIQUE_OWN_VALUE });
        if (other === undefined) {
          session.recorder.markSkipped(S.UNIQUE_UPSERT_CONFLICT, `"${target.objectType}" has one unique text property: an upsert cannot carry another's value`);
          continue;
        }
        session.stepMark = session.client.mark();
        await executeUpsert(box, session, { id: `${session.nextPrefix()}new`, idProperty: other.name, properties: { ...upsertFill(target.world, session, other.name), ...held } }, { step: 'upsert with A\'s value' });
      }
    },
  },
  {
    title: 'racing creates of one unique value, and racing updates to one, leave exactly one holder',
    clauses: ['HUBSPOT-UNIQUE-004'],
    checks: [S.UNIQUE_INVARIANT],
    async run({ session, targets }) {
      for (const target of targets) {
        const unique = uniqueText(target.world)[0];
        if (unique === undefined) {
          skipAll(session, [S.UNIQUE_INVARIANT], `"${target.objectType}" has no unique text property`);
          continue;
        }
        const shared = requiredFill(target.world, session)[unique.name]!;
        session.stepMark = session.client.mark();
        const replies = await Promise.all(Array.from({ length: RACERS }, (_, i) =>
          session.client.send(`racing create ${i + 1}`, createRequest(target.objectType, { ...requiredFill(target.world, session), [unique.name]: shared }))));
        if (refusedForUnsent(boxOf(target), session, replies, { ...requiredFill(target.world, session), [unique.name]: shared }, S.UNIQUE_INVARIANT)) continue;
        const created = replies.filter((r) => r.status >= 200 && r.status < 300).map((r) => idOf(r.json)).filter((id): id is string => id !== undefined);
        for (const id of created) session.track(target.objectType, id);
        const holder = await session.client.send('read by the raced value', { method: 'GET', path: recordPath(target.objectType, shared), query: { idProperty: unique.name } });
        judgeSingleHolder(probeOf(session, target), S.UNIQUE_INVARIANT, created, holder, `${RACERS} racing creates of one ${unique.name}`, replies.map((r) => r.status));
        await raceUpdates(session, target, unique.name);
      }
    },
  },
]);

/** Several records updated at once to one new unique value: exactly one may take it. */
async function raceUpdates(session: Session, target: HubspotTarget, name: string): Promise<void> {
  const box = boxOf(target);
  const ids: string[] = [];
  for (let i = 0; i < RACERS; i += 1) ids.push(await createRecord(box, session, `set-up ${i + 1}`, { full: false }));
  const value = requiredFill(target.world, session)[name]!;
  session.stepMark = session.client.mark();
  const replies = await Promise.all(ids.map((id, i) => session.client.send(`racing update ${i + 1}`, updateRequest(target.objectType, id, { [name]: value }))));
  const took = ids.filter((_, i) => replies[i]!.status >= 200 && replies[i]!.status < 300);
  const holder = await session.client.send('read by the raced value', { method: 'GET', path: recordPath(target.objectType, value), query: { idProperty: name } });
  judgeSingleHolder(probeOf(session, target), S.UNIQUE_INVARIANT, took, holder, `${RACERS} racing updates to one ${name}`, replies.map((r) => r.status));
}
