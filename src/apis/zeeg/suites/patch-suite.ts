/** Patch and uniqueness: partial updates, unknown records, unique values across all writes. */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { PATCH_UNKNOWN_RECORD_404, PATCH_UNKNOWN_RECORD_REJECTED, UNIQUE_ASSERT_REJECTED, UNIQUE_CREATE_REJECTED, UNIQUE_INVARIANT, UNIQUE_OWN_VALUE, UNIQUE_OWN_VALUE_PATCH, UNIQUE_PATCH_400, UNIQUE_PATCH_REJECTED } from '../checks/reject-checks.ts';
import { raceUniqueCreates } from './unique-race.ts';
import { PATCH_ARRAY_REPLACED, PATCH_KEEPS_OMITTED, PATCH_NULL_CLEARS, PATCH_VALUES_STORED } from '../checks/write-checks.ts';
import { runProperty } from '../../../runner/property-run.ts';
import { freshBox } from '../runtime/box.ts';
import { readBack, readBackAll } from '../runtime/commands/get.ts';
import { executeWrite } from '../runtime/execute.ts';
import { assertStep, createStep, patchStep } from '../runtime/write-steps.ts';
import { bodyTemplate, planWrites, resolveBody } from '../runtime/write-plan.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { expectThat } from '../../../checks/judge.ts';
import { readRecord } from './fixtures.ts';
import { probeOf } from '../runtime/target.ts';
import type { ObjectUnderTest } from '../runtime/target.ts';
import type { Session } from '../../../runner/session.ts';

const UNIQUE_CASE_CHECKS = [UNIQUE_CREATE_REJECTED, UNIQUE_PATCH_REJECTED, UNIQUE_PATCH_400, UNIQUE_ASSERT_REJECTED, UNIQUE_OWN_VALUE, UNIQUE_OWN_VALUE_PATCH, UNIQUE_INVARIANT];

/** Values that are never null, by type, for the one patch to null every run sends. */
const SET_VALUES: Readonly<Record<string, (prefix: string) => unknown>> = { text: (prefix) => `${prefix}n`, number: () => 7, checkbox: () => true };

/**
 * One patch of a set attribute to null, whatever the generated pairs drew: a small budget may
 * draw no null, and the rule that null clears must be exercised by every run.
 */
async function patchToNull(session: Session, target: ObjectUnderTest): Promise<void> {
  const attr = [...target.world.attributes.values()].find((a) => a.isRequired !== true && a.isUnique !== true && SET_VALUES[a.type] !== undefined);
  if (attr === undefined || target.blocked !== undefined) return;
  const box = freshBox(session, target);
  await executeWrite(box, session, createStep(box, { [attr.key]: SET_VALUES[attr.type]!(box.prefix) }, 'create with a value'));
  const record = box.state.records[0];
  if (record === undefined) return;
  await executeWrite(box, session, patchStep(box, record.id, { [attr.key]: null }, 'patch to null'));
  await readBack(box, session, box.state.records[0]!, 'read back');
}

export const patchSuite = defineSuite<ObjectUnderTest>('patch', 'Patch a record, and unique attributes', [
  {
    title: 'a patch changes exactly the attributes it names; null clears; relation and user arrays are replaced',
    clauses: ['ZEEG-PATCH-001', 'ZEEG-PATCH-002', 'ZEEG-PATCH-003'],
    checks: [PATCH_KEEPS_OMITTED, PATCH_NULL_CLEARS, PATCH_ARRAY_REPLACED, PATCH_VALUES_STORED],
    async run({ session, targets }) {
      for (const target of targets) {
        const plan = planWrites(target.world);
        const body = bodyTemplate(target.world, plan);
        await runProperty(session, { name: `patch:${target.slug}`, runs: session.settings.runs }, fc.tuple(body, body), async ([initial, change], trail) => {
          const box = freshBox(session, target, trail);
          const created = resolveBody(initial, plan, box.prefix);
          await executeWrite(box, session, createStep(box, created, 'create'));
          const record = box.state.records[0];
          if (record === undefined) return;
          const patch = resolveBody(change, plan, `${box.prefix}p-`);
          // An empty PATCH asks for no change; whether that is a 200 or a 400 the pages do not say.
          if (Object.keys(patch).length === 0) return;
          await executeWrite(box, session, patchStep(box, record.id, patch, 'patch'));
          await readBack(box, session, box.state.records[0]!, 'read back');
        });
        await patchToNull(session, target);
      }
    },
  },
  {
    title: 'a patch of a record that does not exist is refused (404) and creates nothing',
    clauses: ['ZEEG-PATCH-005', 'ZEEG-PATCH-006'],
    checks: [PATCH_UNKNOWN_RECORD_REJECTED, PATCH_UNKNOWN_RECORD_404],
    async run({ session, targets }) {
      for (const target of targets) {
        const probe = probeOf(session, target);
        const id = randomUUID();
        session.stepMark = session.client.mark();
        // A valid change, so that only the unknown id can be the reason for a refusal.
        const text = planWrites(target.world).matching;
        const change = text === undefined ? {} : { [text]: `${session.nextPrefix()}ghost` };
        const reply = await session.client.send('patch an unknown record', { method: 'PATCH', path: `/crm/${target.slug}/${id}`, json: change });
        const after = await readRecord(session, target, id, 'read the unknown record');
        if (after.reply.status === 200) session.track(target.slug, id);
        const refused = reply.status >= 400 && reply.status < 500;
        expectThat(probe, PATCH_UNKNOWN_RECORD_REJECTED, refused && after.reply.status === 404, '4xx, and the id still unknown', { patch: reply.status, get: after.reply.status }, `PATCH of an unknown id answered ${reply.status}; GET then answered ${after.reply.status}`);
        expectThat(probe, PATCH_UNKNOWN_RECORD_404, reply.status === 404, 404, reply.status, `PATCH of an unknown id answered ${reply.status}`);
      }
    },
  },
  {
    title: 'a unique value another record holds is refused by create, patch and assert; a record keeps its own; racing creates leave one holder',
    clauses: ['ZEEG-UNIQUE-001', 'ZEEG-UNIQUE-002', 'ZEEG-UNIQUE-003', 'ZEEG-UNIQUE-004', 'ZEEG-UNIQUE-005', 'ZEEG-UNIQUE-006'],
    checks: UNIQUE_CASE_CHECKS,
    async run({ session, targets }) {
      for (const target of targets) {
        const plan = planWrites(target.world);
        const unique = plan.uniqueText[0];
        if (unique === undefined) {
          const reason = plan.untouchedUnique.length > 0 ? `unique attributes of "${target.slug}" are not text (${plan.untouchedUnique.join(', ')}); no run-unique values can be made for them` : `"${target.slug}" has no unique attribute`;
          for (const check of UNIQUE_CASE_CHECKS) session.recorder.markSkipped(check, reason);
          continue;
        }
        const box = freshBox(session, target);
        const [a, b] = [`${box.prefix}a`, `${box.prefix}b`];
        await executeWrite(box, session, createStep(box, { [unique]: a }, 'create A'));
        await executeWrite(box, session, createStep(box, { [unique]: b }, 'create B'));
        const [recordA, recordB] = box.state.records;
        if (recordA === undefined || recordB === undefined) continue;
        await executeWrite(box, session, createStep(box, { [unique]: a }, "create with A's value"));
        await executeWrite(box, session, patchStep(box, recordB.id, { [unique]: a }, "patch B to A's value"));
        // Refusing a record its own value breaks UNIQUE-003; a success with the wrong status is the operation's status fault.
        await executeWrite(box, session, { ...patchStep(box, recordA.id, { [unique]: a }, 'patch A with its own value'), refusedCheck: UNIQUE_OWN_VALUE_PATCH });
        await executeWrite(box, session, { ...assertStep(box, unique, { [unique]: a }, 'assert A on its own value'), refusedCheck: UNIQUE_OWN_VALUE });
        const other = [...plan.prefixed].find((k) => k !== unique);
        if (other === undefined) session.recorder.markSkipped(UNIQUE_ASSERT_REJECTED, `"${target.slug}" has no second text attribute to match on`);
        else await executeWrite(box, session, assertStep(box, other, { [other]: `${box.prefix}c`, [unique]: a }, "assert a new record with A's value"));
        await readBackAll(box, session, box.state.records, 'read back');
        await raceUniqueCreates(session, target, unique);
      }
    },
  },
]);
