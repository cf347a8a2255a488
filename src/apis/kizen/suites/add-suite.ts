/**
 * Add: valid adds create a record that reads back as sent (entries by api name or by UUID);
 * bodies without a fields list, unknown fields, missing required fields, read-only fields and
 * unknown unarchive choices are refused and create nothing; the object's UUID and api name
 * resolve alike; what does not exist answers 404.
 */
import fc from 'fast-check';
import * as C from '../checks/record-checks.ts';
import { READ_ENCODING } from '../checks/type-checks.ts';
import { REQUEST_ID } from '../checks/surface-checks.ts';
import { expectThat } from '../checks/probe.ts';
import { judgeRecordShape } from '../checks/judge-record.ts';
import type { KizenWorld } from '../model/world.ts';
import type { SendOptions } from '../../../http/client.ts';
import type { Entry } from '../model/state.ts';
import { NO_SUCH_ID } from '../model/values.ts';
import { recordsPath } from '../runtime/discover.ts';
import { byName, entriesJson, plainValue, withRequired } from '../runtime/fill.ts';
import { executeWrite } from '../runtime/execute.ts';
import { provedAbsent } from '../runtime/reads.ts';
import { addStep, freshBox, nextIdentifier, patchStep } from '../runtime/steps.ts';
import { probeOf, type KizenTarget } from '../runtime/target.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { bodyArb, optionalFields, scenario, share } from './helpers.ts';

/** An entry for every optional field the run can fill, by api name. */
const everyOptional = (world: KizenWorld, prefix: string): Entry[] => optionalFields(world).flatMap((f) => { const v = plainValue(world, f, prefix); return v === undefined ? [] : [byName(f, v)]; });

const toId = (entries: Entry[], ids: boolean[]): Entry[] => entries.map((e, i) => ('field' in e && ids[i % ids.length] === true ? { ...e, by: 'id' as const } : e));

export const addSuite = defineSuite<KizenTarget>('add', 'Add records', [
  {
    title: 'a valid add creates a new record that reads back with the values sent, by api name or by field UUID',
    clauses: ['KIZEN-ADD-001', 'KIZEN-ADD-002', 'KIZEN-ADD-003', 'KIZEN-ADD-004', 'KIZEN-ADD-011', 'KIZEN-READ-001', 'KIZEN-READ-002', 'KIZEN-READ-006', 'KIZEN-ERRORS-003'],
    checks: [REQUEST_ID, C.ADD_ACCEPTED, C.ADD_STATUS, C.ADD_REPLY_SHAPE, C.ADD_VALUES_STORED, C.FIELD_BY_ID, C.DISPLAY_NAME, C.RECORD_SHAPE, C.READ_REPLY_MEMBERS, C.BLANK_OMITTED, READ_ENCODING],
    async run({ session, targets }) {
      for (const target of targets) {
        const world = target.world;
        const box = freshBox(session, target);
        const every = everyOptional(world, box.prefix).map((e) => ({ ...e, by: 'id' as const }));
        await executeWrite(box, session, addStep(box, every, 'add with every optional entry by UUID'));
        const arb = fc.tuple(bodyArb(world, { nulls: true }), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }));
        await scenario(session, target, 'add:valid', share(session, 3), arb, async (b, [entries, ids]) => {
          await executeWrite(b, session, addStep(b, toId(entries, ids), 'add'));
        });
      }
    },
  },
  {
    title: 'bodies without a fields list, unknown fields and missing, null or blank required fields are refused with 400 and create nothing',
    clauses: ['KIZEN-ADD-005', 'KIZEN-ADD-007', 'KIZEN-ADD-008', 'KIZEN-ADD-009', 'KIZEN-ADD-013', 'KIZEN-ERRORS-001', 'KIZEN-ERRORS-002'],
    checks: [C.ADD_BODY_REFUSED, C.REFUSED_ADD_CREATES_NOTHING, C.REQUIRED_REFUSED, C.REQUIRED_BLANK_REFUSED, C.UNKNOWN_FIELD_REFUSED, C.UNKNOWN_FIELD_CODE],
    async run({ session, targets }) {
      for (const target of targets) {
        const world = target.world;
        const box = freshBox(session, target);
        const probe = probeOf(session, target);
        const fresh = nextIdentifier(box);
        const asObject = Object.fromEntries(entriesJson(withRequired(world, [], box.prefix, fresh)).map((e) => [e['name'], e['value']]));
        for (const [how, json] of [['an empty object', {}], ['a list', []], ['fields as an object', { fields: asObject }], ['fields null', { fields: null }]] as const) {
          session.stepMark = session.client.mark();
          const reply = await session.client.send(`add with ${how}`, { method: 'POST', path: recordsPath(target.slug, '/add'), json });
          expectThat(probe, C.ADD_BODY_REFUSED, reply.status === 400, 400, reply.status, `an add with ${how} answered ${reply.status}`, { stop: true });
        }
        await provedAbsent(session, target, fresh, C.ADD_BODY_REFUSED, 'add with fields as an object');
        await executeWrite(box, session, addStep(box, [{ unknown: `crmc_no_such_field_${session.settings.runId}`, value: 'x' }], 'add with an unknown field'));
        for (const field of world.fields.filter((f) => f.required && !f.readOnly)) {
          for (const value of field.id === world.identifier.id ? [undefined, null, ''] : [undefined, null]) {
            const given: Entry[] = value === undefined ? [] : [byName(field, value)];
            const step = addStep(box, given, `add with ${field.name} ${value === undefined ? 'left out' : JSON.stringify(value)}`);
            if (value === undefined) step.entries = step.entries.filter((e) => !('field' in e) || e.field.id !== field.id);
            if (value === undefined) step.request.json = { fields: entriesJson(step.entries) };
            if (value === undefined) step.prediction = { outcome: 'rejected', status: 400, reason: 'required', level: 'MUST', fields: [field], why: `required ${field.name} left out` };
            await executeWrite(box, session, step);
          }
        }
      }
    },
  },
  {
    title: 'read-only fields are refused with 403 and nothing is written; an unarchive value outside the enum is refused',
    clauses: ['KIZEN-ADD-010', 'KIZEN-ADD-012'],
    checks: [C.READ_ONLY_REFUSED, C.UNARCHIVE_CHOICE_ENUM, C.REFUSED_ADD_CREATES_NOTHING, C.REFUSED_WRITE_NO_TRACE],
    async run({ session, targets }) {
      for (const target of targets) {
        const world = target.world;
        const box = freshBox(session, target);
        await executeWrite(box, session, addStep(box, [], 'add with unarchive "restore"', { choice: 'restore' }));
        await executeWrite(box, session, addStep(box, [], 'add a record to patch'));
        const record = box.state.active[0];
        for (const field of world.fields.filter((f) => f.readOnly && f.kind !== undefined)) {
          const value = plainValue(world, { ...field, readOnly: false }, box.prefix);
          if (value === undefined) continue;
          await executeWrite(box, session, addStep(box, [byName(field, value)], `add writing read-only ${field.name}`));
          if (record !== undefined) await executeWrite(box, session, patchStep(box, record.id, [byName(field, value)], `patch writing read-only ${field.name}`));
        }
      }
    },
  },
  {
    title: 'a read with field_names or field_ids present but empty shows only the default fields',
    clauses: ['KIZEN-READ-007'],
    checks: [C.EMPTY_LIST_DEFAULTS],
    async run({ session, targets }) {
      for (const target of targets) {
        const world = target.world;
        if (world.fields.some((f) => f.isDefault === undefined)) {
          session.recorder.markSkipped(C.EMPTY_LIST_DEFAULTS, `the field list of "${target.slug}" does not say which fields are default (is_default)`);
          continue;
        }
        const box = freshBox(session, target);
        await executeWrite(box, session, addStep(box, everyOptional(world, box.prefix), 'add with every optional entry'));
        const record = box.state.active[0];
        if (record === undefined) continue;
        const probe = probeOf(session, target);
        for (const list of ['field_names', 'field_ids']) {
          session.stepMark = session.client.mark();
          const reply = await session.client.send(`GET with ${list} empty`, { method: 'GET', path: recordsPath(target.slug, `/${record.id}`), query: { [list]: '' } });
          const shown = Object.keys(judgeRecordShape(probe, reply).fields).filter((id) => world.byId.get(id)?.isDefault !== true).map((id) => world.byId.get(id)?.name ?? id);
          expectThat(probe, C.EMPTY_LIST_DEFAULTS, shown.length === 0, 'only default fields', shown, `GET with ${list}= also shows ${shown.join(', ')}`, { stop: true });
        }
      }
    },
  },
  {
    title: "record routes answer alike for the object's UUID and api name; records and objects that do not exist answer 404",
    clauses: ['KIZEN-READ-005', 'KIZEN-READ-004'],
    checks: [C.UUID_OR_NAME, C.UNKNOWN_RECORD_404],
    async run({ session, targets }) {
      for (const target of targets) {
        const world = target.world;
        const probe = probeOf(session, target);
        const box = freshBox(session, target);
        const identifier = nextIdentifier(box);
        session.stepMark = session.client.mark();
        const added = await session.client.send('add by object UUID', { method: 'POST', path: recordsPath(world.objectId, '/add'), json: { fields: entriesJson(withRequired(world, [], box.prefix, identifier)) } });
        const id = (added.json as { id?: unknown } | undefined)?.id;
        if (typeof id === 'string') session.track(target.slug, id);
        expectThat(probe, C.UUID_OR_NAME, added.status >= 200 && added.status < 300 && typeof id === 'string', '2xx', added.status, `an add with the object UUID in the path answered ${added.status}`, { stop: true });
        for (const [how, object, path] of [['GET by UUID', world.objectId, `/${id}`], ['GET by api name', world.apiName, `/${id}`], ['lookup by UUID', world.objectId, `/lookup?identifier=${encodeURIComponent(identifier)}`]] as const) {
          const reply = await session.client.send(how, { method: 'GET', path: recordsPath(object, path) });
          expectThat(probe, C.UUID_OR_NAME, reply.status === 200 && (reply.json as { id?: unknown }).id === id, 200, reply.status, `${how} answered ${reply.status}`, { stop: true });
        }
        const other = [...world.relatedIds.values()][0]?.[0];
        const unknown = [
          ['GET of an unknown record', 'GET', recordsPath(target.slug, `/${NO_SUCH_ID}`)],
          ['PATCH of an unknown record', 'PATCH', recordsPath(target.slug, `/${NO_SUCH_ID}`)],
          ['DELETE of an unknown record', 'DELETE', recordsPath(target.slug, `/${NO_SUCH_ID}`)],
          ['unarchive of an unknown record', 'PATCH', recordsPath(target.slug, `/${NO_SUCH_ID}/unarchive`)],
          ['add to an unknown object', 'POST', recordsPath(NO_SUCH_ID, '/add')],
          ...(other === undefined ? [] : [['GET of a record of another object', 'GET', recordsPath(target.slug, `/${other}`)]]),
        ] as const;
        for (const [how, method, path] of unknown) {
          session.stepMark = session.client.mark();
          const reply = await session.client.send(how, { method: method as SendOptions['method'], path, ...(method === 'GET' || method === 'DELETE' ? {} : { json: { fields: entriesJson(withRequired(world, [], box.prefix, nextIdentifier(box))) } }) });
          expectThat(probe, C.UNKNOWN_RECORD_404, reply.status === 404, 404, reply.status, `${how} answered ${reply.status}`, { stop: true });
        }
      }
    },
  },
]);
