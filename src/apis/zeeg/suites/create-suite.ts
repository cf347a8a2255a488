/** Create: minimal records, the values sent, and the bodies the pages do not allow. */
import { randomUUID } from 'node:crypto';
import { NON_OBJECT_BODY_REJECTED, REQUIRED_LEFT_OUT_REFUSED, UNKNOWN_KEY_REJECTED, UNKNOWN_OBJECT_REJECTED } from '../checks/reject-checks.ts';
import { CREATE_ACCEPTED, CREATE_EMPTY_BODY, CREATE_OMITTED_NULL, CREATE_VALUES_STORED, RECORD_ID_FRESH } from '../checks/write-checks.ts';
import { DELETE_OK, DELETE_TWICE_404, GET_AFTER_DELETE_404, READBACK_MATCHES, RECORD_ENVELOPE } from '../checks/resource-checks.ts';
import { CreateCommand } from '../runtime/commands/create.ts';
import { DeleteCommand } from '../runtime/commands/delete.ts';
import { runProperty } from '../../../runner/property-run.ts';
import { freshBox } from '../runtime/box.ts';
import { readBackAll } from '../runtime/commands/get.ts';
import { executeWrite } from '../runtime/execute.ts';
import { createStep } from '../runtime/write-steps.ts';
import { bodyTemplate, planWrites, resolveBody } from '../runtime/write-plan.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { expectThat } from '../../../checks/judge.ts';
import { createRecord, matchingValue, recordOf } from './fixtures.ts';
import { probeHeld } from '../runtime/leak-probe.ts';
import { fillBlocker, requiredKeys, withRequired } from '../runtime/required-fill.ts';
import { probeOf } from '../runtime/target.ts';
import type { ObjectUnderTest } from '../runtime/target.ts';

export const createSuite = defineSuite<ObjectUnderTest>('create', 'Create a record', [
  {
    title: 'valid bodies create a record holding the values sent, omitted attributes null, readable by id',
    clauses: ['ZEEG-CREATE-001', 'ZEEG-CREATE-002', 'ZEEG-CREATE-003', 'ZEEG-RECORD-001', 'ZEEG-RECORD-003'],
    checks: [CREATE_ACCEPTED, CREATE_VALUES_STORED, CREATE_OMITTED_NULL, RECORD_ID_FRESH, RECORD_ENVELOPE, READBACK_MATCHES],
    async run({ session, targets }) {
      for (const target of targets) {
        const plan = planWrites(target.world);
        await runProperty(session, { name: `create:${target.slug}`, runs: session.settings.runs }, bodyTemplate(target.world, plan), async (template, trail) => {
          const box = freshBox(session, target, trail);
          const body = resolveBody(template, plan, box.prefix);
          await executeWrite(box, session, createStep(box, body, 'create'));
          await readBackAll(box, session, box.state.records, 'read back');
        });
      }
    },
  },
  {
    title: 'a deleted record is gone: DELETE answers 200, then GET and a second DELETE 404, PATCH a 4xx',
    clauses: ['ZEEG-DELETE-001', 'ZEEG-DELETE-002', 'ZEEG-DELETE-003'],
    checks: [DELETE_OK, DELETE_TWICE_404, GET_AFTER_DELETE_404],
    async run({ session, targets }) {
      for (const target of targets) {
        const box = freshBox(session, target);
        await new CreateCommand({}).run(box, session);
        if (box.state.records.length > 0) await new DeleteCommand(0).run(box, session);
      }
    },
  },
  {
    title: 'an empty body creates a record whose attributes are all null',
    clauses: ['ZEEG-CREATE-004'],
    checks: [CREATE_EMPTY_BODY],
    async run({ session, targets }) {
      for (const target of targets) {
        const probe = probeOf(session, target);
        if (target.world.object.attributes.some((a) => a.isRequired === true && a.isStandard !== true)) {
          probe.recorder.markSkipped(CREATE_EMPTY_BODY, `"${target.slug}" has required attributes; the reference notes then require values`);
          continue;
        }
        session.stepMark = session.client.mark();
        const record = await createRecord(session, target, {}, 'create {}');
        const nonNull = record === undefined ? [] : [...target.world.attributes.keys()].filter((k) => (record.values[k] ?? null) !== null);
        expectThat(probe, CREATE_EMPTY_BODY, record !== undefined && nonNull.length === 0, 'a created record with every attribute null', record ?? 'refused', record === undefined ? 'POST {} was refused' : `attributes not null: ${nonNull.join(', ')}`);
      }
    },
  },
  {
    title: 'a create that leaves out a required attribute is refused',
    clauses: ['ZEEG-CREATE-008'],
    checks: [REQUIRED_LEFT_OUT_REFUSED],
    async run({ session, targets }) {
      for (const target of targets) {
        const probe = probeOf(session, target);
        const required = requiredKeys(target.world);
        const blocker = fillBlocker(target.world);
        if (required.length === 0 || blocker !== undefined) {
          probe.recorder.markSkipped(REQUIRED_LEFT_OUT_REFUSED, blocker ?? `"${target.slug}" has no required attribute`);
          continue;
        }
        for (const key of required) {
          const { [key]: _left, ...body } = withRequired(target.world, {}, session.nextPrefix(), [], session.serials);
          session.stepMark = session.client.mark();
          const reply = await session.client.send(`create without "${key}"`, { method: 'POST', path: `/crm/${target.slug}`, json: body });
          const leaked = recordOf(reply);
          if (leaked !== undefined) session.track(target.slug, leaked.id);
          expectThat(probe, REQUIRED_LEFT_OUT_REFUSED, reply.status >= 400 && reply.status < 500, '4xx', reply.status, `a create without the required "${key}" answered ${reply.status}`);
        }
      }
    },
  },
  {
    title: 'keys that name no writable attribute are refused with 400 and write nothing',
    clauses: ['ZEEG-CREATE-006'],
    checks: [UNKNOWN_KEY_REJECTED],
    async run({ session, targets }) {
      for (const target of targets) {
        const probe = probeOf(session, target);
        const unknownKeys = ['crmc_no_such_attribute', 'id', 'created_at', 'updated_at', '__proto__', 'constructor'];
        for (const key of unknownKeys) {
          const marker = matchingValue(session, target, 'unknown-key');
          const valid = marker === undefined ? '' : `${JSON.stringify(marker.key)}: ${JSON.stringify(marker.value)}, `;
          session.stepMark = session.client.mark();
          const reply = await session.client.send(`create with "${key}"`, { method: 'POST', path: `/crm/${target.slug}`, raw: `{${valid}${JSON.stringify(key)}: "x"}` });
          const leaked = recordOf(reply);
          if (leaked !== undefined) session.track(target.slug, leaked.id);
          const refused = reply.status === 400;
          const clean = !refused || marker === undefined || (await probeHeld(session, target, marker.key, marker.value, 'leak-probe')).verdict !== 'held';
          expectThat(probe, UNKNOWN_KEY_REJECTED, refused && clean, '400, nothing stored', reply.status, `a body with the key "${key}" answered ${reply.status}${refused && !clean ? ' but stored the record' : ''}`);
        }
      }
    },
  },
  {
    title: 'a body that is not a JSON object is refused with 400',
    clauses: ['ZEEG-CREATE-007'],
    checks: [NON_OBJECT_BODY_REJECTED],
    async run({ session, targets }) {
      for (const target of targets) {
        const probe = probeOf(session, target);
        for (const raw of ['[]', '"text"', 'null', '42', '{"a":', 'not json']) {
          session.stepMark = session.client.mark();
          const reply = await session.client.send(`create with body ${raw}`, { method: 'POST', path: `/crm/${target.slug}`, raw });
          const leaked = recordOf(reply);
          if (leaked !== undefined) session.track(target.slug, leaked.id);
          expectThat(probe, NON_OBJECT_BODY_REJECTED, reply.status === 400, 400, reply.status, `POST with the body ${raw} answered ${reply.status}`);
        }
      }
    },
  },
  {
    title: 'writes to an object that does not exist are refused with a 4xx status',
    clauses: ['ZEEG-CREATE-005'],
    checks: [UNKNOWN_OBJECT_REJECTED],
    async run({ session, targets }) {
      const probe = probeOf(session, targets[0]!);
      const slug = `crmc-missing-${session.settings.runId}`;
      const requests = [
        { method: 'POST', path: `/crm/${slug}`, json: {} },
        { method: 'PUT', path: `/crm/${slug}`, query: { matchingAttribute: 'name' }, json: { name: 'x' } },
        { method: 'PATCH', path: `/crm/${slug}/${randomUUID()}`, json: {} },
      ] as const;
      for (const request of requests) {
        session.stepMark = session.client.mark();
        const reply = await session.client.send(`${request.method} to a missing object`, { ...request, query: 'query' in request ? { ...request.query } : undefined });
        expectThat(probe, UNKNOWN_OBJECT_REJECTED, reply.status >= 400 && reply.status < 500, '4xx', reply.status, `${request.method} to object "${slug}" answered ${reply.status}`);
      }
    },
  },
]);
