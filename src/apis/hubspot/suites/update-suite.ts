/**
 * Update (reference notes): only the sent properties change, "" clears a property of every
 * type, an id that names no record is 404 and creates nothing, and a unique idProperty can
 * stand in for the id; a read by an idProperty that is not unique is refused.
 */
import { judgeIdPropertyRefused } from '../checks/judge-surface.ts';
import * as R from '../checks/record-checks.ts';
import { boundaryValues } from '../generation/valid-values.ts';
import { predictUpdate } from '../model/predict-write.ts';
import { findRecord } from '../model/state.ts';
import { classify, sameValue } from '../model/values.ts';
import { executeWrite, readBack, type Box } from '../runtime/execute.ts';
import { plainText } from '../runtime/fill.ts';
import { recordPath, updateRequest } from '../runtime/requests.ts';
import { probeOf, type HubspotTarget } from '../runtime/target.ts';
import type { Session } from '../../../runner/session.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { boxOf, createRecord, firstUnique, NO_SUCH_ID } from './fixtures.ts';

/** Updates record `id` with `sent`, then reads it back: sent properties charge READ_MATCHES, the rest UPDATE_KEEPS_OMITTED. */
async function updateAndRead(box: Box, session: Session, id: string, sent: Record<string, string>, step: string): Promise<void> {
  session.stepMark = session.client.mark();
  const prediction = predictUpdate(box.target.world, box.state, id, sent);
  const result = await executeWrite(box, session, { step, op: 'updateObject', request: updateRequest(box.target.objectType, id, sent), prediction, sent, accept: R.UPDATE_ACCEPTED });
  if (result.kind !== 'accepted') return;
  const charge = (name: string) => (name === '' || !(name in sent) ? (name === '' ? R.READ_MATCHES : R.UPDATE_KEEPS_OMITTED) : sent[name] === '' ? R.UPDATE_EMPTY_CLEARS : R.READ_MATCHES);
  await readBack(box, session, id, `${step}/read`, charge);
}

export const updateSuite = defineSuite<HubspotTarget>('update', 'Update', [
  {
    title: 'an update changes only the sent properties, and reads show the last accepted write',
    clauses: ['HUBSPOT-UPDATE-001', 'HUBSPOT-UPDATE-002', 'HUBSPOT-READ-001'],
    checks: [R.UPDATE_ACCEPTED, R.UPDATE_VALUES_STORED, R.UPDATE_KEEPS_OMITTED, R.READ_MATCHES],
    async run({ session, targets }) {
      for (const target of targets) {
        const box = boxOf(target);
        const id = await createRecord(box, session, 'set-up');
        for (const property of target.world.writable.filter((p) => !p.unique)) {
          const current = findRecord(box.state, id)!.values[property.name];
          const next = boundaryValues(property, session.nextPrefix()).find((v) => classify(property, v).level === 'MUST' && v.length < 200 && (current === undefined || !sameValue(property, current, v)));
          if (next !== undefined) await updateAndRead(box, session, id, { [property.name]: next }, `update ${property.name}`);
        }
      }
    },
  },
  {
    title: '"" clears a property of every type and leaves the others',
    clauses: ['HUBSPOT-UPDATE-003', 'HUBSPOT-OBJECT-003'],
    checks: [R.UPDATE_EMPTY_CLEARS, R.EMPTY_PROPERTY_ABSENT],
    async run({ session, targets }) {
      for (const target of targets) {
        const box = boxOf(target);
        const id = await createRecord(box, session, 'set-up');
        for (const property of target.world.writable) await updateAndRead(box, session, id, { [property.name]: '' }, `clear ${property.name}`);
      }
    },
  },
  {
    title: 'an update of an unknown id is 404 and creates nothing; a unique idProperty stands in for the id',
    clauses: ['HUBSPOT-UPDATE-004', 'HUBSPOT-UPDATE-005', 'HUBSPOT-READ-006'],
    checks: [R.UPDATE_UNKNOWN_ID_404, R.UPDATE_BY_ID_PROPERTY, R.READ_NON_UNIQUE_ID_PROPERTY],
    async run({ session, targets }) {
      for (const target of targets) {
        const box = boxOf(target);
        const probe = probeOf(session, target);
        const unique = firstUnique(box);
        const tracer = unique === undefined ? undefined : { name: unique.name, value: `${session.nextPrefix()}ghost` };
        const sent = tracer === undefined ? {} : { [tracer.name]: tracer.value };
        session.stepMark = session.client.mark();
        await executeWrite(box, session, { step: 'update of an unknown id', op: 'updateObject', request: updateRequest(target.objectType, NO_SUCH_ID, sent), prediction: predictUpdate(target.world, box.state, NO_SUCH_ID, sent), sent, accept: R.UPDATE_ACCEPTED, ...(tracer === undefined ? {} : { tracer }) });
        const text = plainText(target.world);
        if (unique === undefined || text === undefined) {
          for (const check of [R.UPDATE_BY_ID_PROPERTY, R.READ_NON_UNIQUE_ID_PROPERTY]) session.recorder.markSkipped(check, `"${target.objectType}" lacks a unique and a plain text property`);
          continue;
        }
        const id = await createRecord(box, session, 'set-up');
        const value = findRecord(box.state, id)!.values[unique.name]!;
        const change = { [text.name]: `${session.nextPrefix()}by-id-property` };
        session.stepMark = session.client.mark();
        const prediction = predictUpdate(target.world, box.state, id, change);
        await executeWrite(box, session, { step: `update by ${unique.name}`, op: 'updateObject', request: updateRequest(target.objectType, value, change, unique.name), prediction, sent: change, accept: R.UPDATE_BY_ID_PROPERTY, charge: () => R.UPDATE_BY_ID_PROPERTY });
        await readBack(box, session, id, 'read', () => R.UPDATE_BY_ID_PROPERTY);
        session.stepMark = session.client.mark();
        const read = await session.client.send(`read by non-unique ${text.name}`, { method: 'GET', path: recordPath(target.objectType, change[text.name]!), query: { idProperty: text.name } });
        judgeIdPropertyRefused(probe, read, `a read by the non-unique ${text.name}`);
        const patch = await session.client.send(`update by non-unique ${text.name}`, updateRequest(target.objectType, change[text.name]!, { [text.name]: 'x' }, text.name));
        judgeIdPropertyRefused(probe, patch, `an update by the non-unique ${text.name}`);
        await readBack(box, session, id, 're-read', () => R.READ_NON_UNIQUE_ID_PROPERTY);
      }
    },
  },
]);
