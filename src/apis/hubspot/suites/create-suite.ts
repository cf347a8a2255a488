/**
 * Create and read: a valid create answers 201 with the sent values; malformed bodies, unknown
 * and read-only properties and (for contacts) a create without identity are refused; reads
 * honour `properties`, ignore unknown names, default to the type's set, find by a unique
 * idProperty and answer 404 for ids that name nothing.
 */
import { judgeErrorBody, judgeNotFound } from '../checks/judge-error.ts';
import { judgeObject, judgeValues } from '../checks/judge-object.ts';
import { expectThat } from '../checks/probe.ts';
import * as R from '../checks/record-checks.ts';
import { READ_ONLY_REJECTED, UNKNOWN_PROPERTY_REJECTED, VALIDATION_DETAILS } from '../checks/value-checks.ts';
import { predictCreate } from '../model/predict-write.ts';
import { findRecord } from '../model/state.ts';
import { executeWrite, readBack, type Box } from '../runtime/execute.ts';
import { plainText, requiredFill } from '../runtime/fill.ts';
import { createRequest, objectsPath, readNames, recordPath } from '../runtime/requests.ts';
import { probeOf, type HubspotTarget } from '../runtime/target.ts';
import type { Session } from '../../../runner/session.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { boxOf, createRecord, firstUnique, NO_SUCH_ID } from './fixtures.ts';

/** A create whose body is refused for one reason; `sent` is the properties sent. */
async function refusedCreate(box: Box, session: Session, step: string, sent: Record<string, unknown>): Promise<void> {
  const unique = firstUnique(box);
  const tracer = unique === undefined || typeof sent[unique.name] !== 'string' ? undefined : { name: unique.name, value: sent[unique.name] as string };
  const prediction = predictCreate(box.target.world, box.state, sent);
  await executeWrite(box, session, { step, op: 'createObject', request: createRequest(box.target.objectType, sent), prediction, sent, accept: R.CREATE_ACCEPTED, ...(tracer === undefined ? {} : { tracer }) });
}

/** A value its type accepts for a read-only property, so only its being read-only is wrong. */
const READ_ONLY_VALUE: Readonly<Record<string, string>> = { number: '1', datetime: '2025-03-14T15:09:26Z', date: '2025-03-14', bool: 'true', string: 'x' };

export const createSuite = defineSuite<HubspotTarget>('create', 'Create and read', [
  {
    title: 'a valid create answers 201 with a new id and the sent values, and reads give them back',
    clauses: ['HUBSPOT-CREATE-001', 'HUBSPOT-CREATE-002', 'HUBSPOT-CREATE-003', 'HUBSPOT-OBJECT-001', 'HUBSPOT-OBJECT-002', 'HUBSPOT-READ-001', 'HUBSPOT-READ-002'],
    checks: [R.CREATE_ACCEPTED, R.CREATE_STATUS_201, R.CREATE_ID_FRESH, R.CREATE_VALUES_STORED, R.OBJECT_SHAPE, R.OBJECT_VALUES_STRINGS, R.READ_PROPERTIES_PARAM],
    async run({ session, targets }) {
      for (const target of targets) {
        const box = boxOf(target);
        for (let i = 0; i < 2; i += 1) {
          const id = await createRecord(box, session, `create ${i + 1}`);
          session.stepMark = session.client.mark();
          await readBack(box, session, id, 'read with properties', () => R.READ_PROPERTIES_PARAM);
        }
      }
    },
  },
  {
    title: 'malformed bodies, unknown and read-only properties, and contacts without identity are refused and write nothing',
    clauses: ['HUBSPOT-CREATE-004', 'HUBSPOT-CREATE-005', 'HUBSPOT-WRITE-001', 'HUBSPOT-WRITE-002', 'HUBSPOT-ERRORS-002'],
    checks: [R.MALFORMED_BODY_REJECTED, R.CONTACT_IDENTITY_REQUIRED, UNKNOWN_PROPERTY_REJECTED, READ_ONLY_REJECTED, VALIDATION_DETAILS],
    async run({ session, targets }) {
      for (const target of targets) {
        const box = boxOf(target);
        const probe = probeOf(session, target);
        for (const [name, json] of [['array body', []], ['no properties', { associations: [] }], ['properties an array', { properties: [], associations: [] }], ['properties a string', { properties: 'x', associations: [] }]] as const) {
          session.stepMark = session.client.mark();
          const reply = await session.client.send(`create with ${name}`, { method: 'POST', path: objectsPath(target.objectType), json });
          const made = (reply.json as { id?: unknown } | undefined)?.id;
          if (reply.status < 300 && typeof made === 'string') session.track(target.objectType, made);
          expectThat(probe, R.MALFORMED_BODY_REJECTED, reply.status === 400, 400, reply.status, `a create with ${name} answered ${reply.status}`);
          if (reply.status >= 400) judgeErrorBody(probe, reply);
        }
        session.stepMark = session.client.mark();
        await refusedCreate(box, session, 'create with an unknown property', { ...requiredFill(target.world, session), crmc_no_such_property: 'x' });
        const readOnly = [...target.world.properties.values()].find((p) => !p.writable && READ_ONLY_VALUE[p.type] !== undefined);
        if (readOnly !== undefined) {
          session.stepMark = session.client.mark();
          await refusedCreate(box, session, 'create with a read-only property', { ...requiredFill(target.world, session), [readOnly.name]: READ_ONLY_VALUE[readOnly.type] });
        } else session.recorder.markSkipped(READ_ONLY_REJECTED, `"${target.objectType}" lists no read-only property`);
        const text = plainText(target.world);
        if (target.world.identity.length === 0 || text === undefined) continue;
        session.stepMark = session.client.mark();
        await refusedCreate(box, session, 'create without identity', { [text.name]: `${session.nextPrefix()}no-identity` });
      }
    },
  },
  {
    title: 'reads ignore unknown names, default to the type set, find by idProperty and answer 404 for unknown ids',
    clauses: ['HUBSPOT-READ-003', 'HUBSPOT-READ-004', 'HUBSPOT-READ-005', 'HUBSPOT-READ-007', 'HUBSPOT-ERRORS-005'],
    checks: [R.READ_UNKNOWN_PROPERTY_IGNORED, R.READ_DEFAULT_SET, R.READ_BY_ID_PROPERTY, R.READ_UNKNOWN_ID_404],
    async run({ session, targets }) {
      for (const target of targets) {
        const box = boxOf(target);
        const probe = probeOf(session, target);
        const id = await createRecord(box, session, 'set-up');
        const values = findRecord(box.state, id)!.values;
        const path = recordPath(target.objectType, id);
        session.stepMark = session.client.mark();
        const names = readNames(target.world);
        const unknown = await session.client.send('read naming an unknown property', { method: 'GET', path, query: { properties: `${names.join(',')},crmc_no_such_property` } });
        expectThat(probe, R.READ_UNKNOWN_PROPERTY_IGNORED, unknown.status === 200, 200, unknown.status, `a read naming an unknown property answered ${unknown.status}`);
        judgeValues(probe, values, judgeObject(probe, unknown.json), names, () => R.READ_UNKNOWN_PROPERTY_IGNORED, 'a read naming an unknown property');
        if (target.world.defaultRead !== undefined) {
          session.stepMark = session.client.mark();
          const plain = judgeObject(probe, (await session.client.send('read without properties', { method: 'GET', path })).json);
          const extra = names.filter((n) => !target.world.defaultRead!.includes(n) && plain.properties[n] !== undefined && plain.properties[n] !== null);
          expectThat(probe, R.READ_DEFAULT_SET, extra.length === 0, target.world.defaultRead, extra, `a read without properties returned ${extra.join(', ')}`);
        } else session.recorder.markSkipped(R.READ_DEFAULT_SET, `the default read set of "${target.objectType}" is not documented`);
        session.stepMark = session.client.mark();
        const missing = await session.client.send('read of an unknown id', { method: 'GET', path: recordPath(target.objectType, NO_SUCH_ID) });
        expectThat(probe, R.READ_UNKNOWN_ID_404, missing.status === 404, 404, missing.status, `a read of an id no record has answered ${missing.status}`);
        judgeNotFound(probe, missing);
        const unique = firstUnique(box);
        if (unique !== undefined) {
          session.stepMark = session.client.mark();
          const found = await session.client.send('read by idProperty', { method: 'GET', path: recordPath(target.objectType, values[unique.name]!), query: { idProperty: unique.name } });
          expectThat(probe, R.READ_BY_ID_PROPERTY, found.status === 200 && judgeObject(probe, found.json).id === id, { status: 200, id }, { status: found.status, id: (found.json as { id?: unknown })?.id }, `a read by ${unique.name} did not find record ${id}`);
          const none = await session.client.send('read by idProperty of a free value', { method: 'GET', path: recordPath(target.objectType, `${session.nextPrefix()}none`), query: { idProperty: unique.name } });
          expectThat(probe, R.READ_BY_ID_PROPERTY, none.status === 404, 404, none.status, `a read by ${unique.name} of a value no record holds answered ${none.status}`);
        } else session.recorder.markSkipped(R.READ_BY_ID_PROPERTY, `"${target.objectType}" has no unique text property`);
      }
    },
  },
]);
