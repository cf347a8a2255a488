/**
 * Upsert and lookup: a missing or blank lookup_value is refused and writes nothing; upsert
 * creates (201, created, lookup_value as identifier) and then updates the same record (200,
 * updated) without duplicates, keeping fields it does not send; case folding and archived
 * matches at SHOULD; lookup finds a record by its identifier as stored.
 */
import fc from 'fast-check';
import { judgeFieldValues, judgeRecordShape } from '../checks/judge-record.ts';
import { expectThat } from '../checks/probe.ts';
import * as C from '../checks/record-checks.ts';
import { byName } from '../runtime/fill.ts';
import { executeWrite } from '../runtime/execute.ts';
import { lookupRecord } from '../runtime/reads.ts';
import { archiveStep, nextIdentifier, upsertStep } from '../runtime/steps.ts';
import { probeOf, type KizenTarget } from '../runtime/target.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { addOne, bodyArb, scenario, share } from './helpers.ts';

export const upsertSuite = defineSuite<KizenTarget>('upsert', 'Upsert and lookup', [
  {
    title: 'upsert without lookup_value, or with "" or only whitespace, is refused with 400 and writes nothing',
    clauses: ['KIZEN-UPSERT-001', 'KIZEN-UPSERT-009'],
    checks: [C.UPSERT_LOOKUP_REQUIRED, C.UPSERT_LOOKUP_BLANK],
    async run({ session, targets }) {
      for (const target of targets) {
        await scenario(session, target, 'upsert:lookup-required', 1, fc.constant(0), async (box) => {
          // Whitespace last: a server that takes it leaves the model nothing to follow. A number is not
          // sent at all: refusing it and storing its text are both readings (A7).
          for (const lookup of [undefined, '', '   ']) {
            const fresh = nextIdentifier(box);
            const step = upsertStep(box, lookup, [byName(target.world.identifier, fresh)], `upsert with lookup_value ${JSON.stringify(lookup) ?? 'absent'}`);
            await executeWrite(box, session, { ...step, fresh });
          }
        });
      }
    },
  },
  {
    title: 'upsert creates (201, created) with lookup_value as identifier, then updates that record (200, updated) without duplicates, keeping what it does not send',
    clauses: ['KIZEN-UPSERT-002', 'KIZEN-UPSERT-003', 'KIZEN-UPSERT-004', 'KIZEN-UPSERT-005', 'KIZEN-UPSERT-008'],
    checks: [C.UPSERT_CREATES_201, C.UPSERT_UPDATES_200, C.UPSERT_IDENTIFIER_INJECTED, C.UPSERT_NO_DUPLICATE, C.UPSERT_KEEPS_OMITTED],
    async run({ session, targets }) {
      for (const target of targets) {
        const body = bodyArb(target.world, { nulls: false, minLength: 1 });
        await scenario(session, target, 'upsert:create-update', share(session, 5), fc.tuple(body, body, body), async (box, [first, second, third]) => {
          const value = nextIdentifier(box);
          for (const [i, entries] of [first, second, third].entries()) {
            await executeWrite(box, session, upsertStep(box, value, entries, `upsert ${i + 1}`));
          }
        });
      }
    },
  },
  {
    title: 'upsert matches lookup_value ignoring letter case',
    clauses: ['KIZEN-UPSERT-006'],
    checks: [C.UPSERT_CASE],
    async run({ session, targets }) {
      for (const target of targets) {
        await scenario(session, target, 'upsert:case', 1, fc.constant(0), async (box) => {
          const value = nextIdentifier(box);
          await executeWrite(box, session, upsertStep(box, value, [], 'upsert'));
          const record = box.state.active[0];
          if (record === undefined) return;
          session.stepMark = session.client.mark();
          const reply = await session.client.send('upsert in upper case', { ...upsertStep(box, value.toUpperCase(), [], 'upsert in upper case').request });
          const id = (reply.json as { id?: unknown } | undefined)?.id;
          if (typeof id === 'string' && id !== record.id) session.track(target.slug, id);
          expectThat(probeOf(session, target), C.UPSERT_CASE, reply.status === 200 && id === record.id, `200 updating ${record.id}`, `${reply.status} ${String(id)}`, `an upsert of ${value.toUpperCase()} did not update the record holding ${value}`);
        });
      }
    },
  },
  {
    title: 'upsert matching only an archived record: refused by default, restored with unarchive, created anew with overwrite',
    clauses: ['KIZEN-UPSERT-007'],
    checks: [C.UPSERT_ARCHIVED],
    async run({ session, targets }) {
      for (const target of targets) {
        await scenario(session, target, 'upsert:archived', 1, bodyArb(target.world, { minLength: 1 }), async (box, body) => {
          const a = await addOne(session, box, [], 'add A');
          if (a === undefined) return;
          const held = a.values.get(target.world.identifier.id) as string;
          await executeWrite(box, session, archiveStep(box, a.id, 'archive A'));
          await executeWrite(box, session, upsertStep(box, held, body, 'upsert without oncreate_unarchive'));
          if (box.state.active.length > 0) return;
          await executeWrite(box, session, upsertStep(box, held, body, 'upsert with unarchive', 'unarchive'));
          await executeWrite(box, session, archiveStep(box, a.id, 'archive A again'));
          await executeWrite(box, session, upsertStep(box, held, [], 'upsert with overwrite', 'overwrite'));
        });
      }
    },
  },
  {
    title: 'lookup of an identifier as stored answers 200 with the record and its fields; without one 400, of one nobody holds 404',
    clauses: ['KIZEN-LOOKUP-001', 'KIZEN-LOOKUP-002', 'KIZEN-LOOKUP-003'],
    checks: [C.LOOKUP_FINDS, C.LOOKUP_ERRORS, C.LOOKUP_EMPTY],
    async run({ session, targets }) {
      for (const target of targets) {
        const probe = probeOf(session, target);
        await scenario(session, target, 'lookup', share(session, 10), bodyArb(target.world, { minLength: 1 }), async (box, body) => {
          const record = await addOne(session, box, body, 'add');
          if (record === undefined) return;
          const held = record.values.get(target.world.identifier.id) as string;
          session.stepMark = session.client.mark();
          const found = await lookupRecord(session, target, held, 'lookup');
          expectThat(probe, C.LOOKUP_FINDS, found.status === 200 && (found.json as { id?: unknown }).id === record.id, 200, found.status, `lookup of ${held} answered ${found.status}`, { stop: true });
          judgeFieldValues(probe, judgeRecordShape(probe, found, 'lookupRecord').fields, record.values, { checkFor: () => C.LOOKUP_FINDS }, 'lookup');
          for (const [how, identifier, status] of [['without identifier', undefined, 400], ['of an identifier nobody holds', nextIdentifier(box), 404]] as const) {
            const reply = await lookupRecord(session, target, identifier, `lookup ${how}`);
            expectThat(probe, C.LOOKUP_ERRORS, reply.status === status, status, reply.status, `lookup ${how} answered ${reply.status}`, { stop: true });
          }
          const empty = await lookupRecord(session, target, '', 'lookup with ""');
          expectThat(probe, C.LOOKUP_EMPTY, empty.status === 400, 400, empty.status, `lookup with "" answered ${empty.status}`);
        });
      }
    },
  },
]);
