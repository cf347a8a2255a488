/** Assert (upsert): create then update, idempotence, required matching input, first match, races. */
import { ASSERT_EMPTY_MATCHING_REJECTED, ASSERT_MATCHING_PARAM_REQUIRED, ASSERT_MATCHING_VALUE_REQUIRED, REJECTED_CREATE_NO_RECORD } from '../checks/reject-checks.ts';
import { AssertEmptyMatchingCommand } from '../runtime/commands/assert-empty-matching.ts';
import { AssertExistingCommand } from '../runtime/commands/assert-existing.ts';
import {
  ASSERT_CREATES_201, ASSERT_EXACT_MATCH, ASSERT_FIRST_MATCH, ASSERT_IDEMPOTENT, ASSERT_RACE_SINGLE_RECORD, ASSERT_SHARED_MATCH_UPDATES, ASSERT_SINGLE_MATCH,
  ASSERT_UPDATES_200,
} from '../checks/write-checks.ts';
import { judgeAssertRace, judgeSharedMatch } from '../checks/judge-assert-match.ts';
import type { CheckDef } from '../../../core/checks.ts';
import { runProperty } from '../../../runner/property-run.ts';
import type { Session } from '../../../runner/session.ts';
import { freshBox } from '../runtime/box.ts';
import { executeWrite } from '../runtime/execute.ts';
import { withRequired } from '../runtime/required-fill.ts';
import { assertStep } from '../runtime/write-steps.ts';
import type { ModelBox } from '../runtime/model-box.ts';
import { bodyTemplate, planWrites, resolveBody } from '../runtime/write-plan.ts';
import type { Values } from '../model/values.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { expectThat } from '../../../checks/judge.ts';
import { createRecord, readRecord, recordOf } from './fixtures.ts';
import { probeHeld } from '../runtime/leak-probe.ts';
import { type ObjectUnderTest, probeOf } from '../runtime/target.ts';

const SHARED_MATCH_CHECKS = [ASSERT_SINGLE_MATCH, ASSERT_SHARED_MATCH_UPDATES, ASSERT_FIRST_MATCH, ASSERT_UPDATES_200];

/** Parallel asserts fired at once by the race case. */
export const RACE_WIDTH = 16;

async function assertBody(box: ModelBox, session: Session, body: Values, step: string, statusCheck?: CheckDef) {
  await executeWrite(box, session, assertStep(box, box.plan.matching!, body, step, statusCheck));
}

function skipWithoutMatching(session: Session, target: ObjectUnderTest, checks: Array<typeof ASSERT_IDEMPOTENT>): boolean {
  if (planWrites(target.world).matching !== undefined) return false;
  for (const check of checks) session.recorder.markSkipped(check, `"${target.slug}" has no text attribute to match on`);
  return true;
}

/** A text attribute that is not unique, for asserts that need several records sharing a value. */
function sharedTextAttribute(target: ObjectUnderTest): string | undefined {
  return [...target.world.attributes.values()].find((a) => a.type === 'text' && a.isUnique !== true)?.key;
}

export const assertSuite = defineSuite<ObjectUnderTest>('assert', 'Assert a record (upsert)', [
  {
    title: 'assert without a match creates (201); asserting again updates the same record (200) without a duplicate',
    clauses: ['ZEEG-ASSERT-001', 'ZEEG-ASSERT-002', 'ZEEG-ASSERT-006', 'ZEEG-ASSERT-007', 'ZEEG-ASSERT-011'],
    checks: [ASSERT_CREATES_201, ASSERT_UPDATES_200, ASSERT_IDEMPOTENT],
    async run({ session, targets }) {
      for (const target of targets) {
        if (skipWithoutMatching(session, target, [ASSERT_CREATES_201, ASSERT_UPDATES_200, ASSERT_IDEMPOTENT])) continue;
        const plan = planWrites(target.world);
        const bodies = bodyTemplate(target.world, plan, { require: [plan.matching!] });
        await runProperty(session, { name: `assert:${target.slug}`, runs: session.settings.runs }, bodies, async (template, trail) => {
          const box = freshBox(session, target, trail);
          const body = resolveBody(template, plan, box.prefix);
          await assertBody(box, session, body, 'assert (new value)');
          await assertBody(box, session, body, 'assert (same body again)', ASSERT_IDEMPOTENT);
          await assertBody(box, session, { [plan.matching!]: body[plan.matching!] }, 'assert (matching value only)');
        });
      }
    },
  },
  {
    title: 'assert matches only an exactly equal value: a change of case, whitespace or length creates a new record',
    clauses: ['ZEEG-ASSERT-004'],
    checks: [ASSERT_EXACT_MATCH],
    async run({ session, targets }) {
      for (const target of targets) {
        if (skipWithoutMatching(session, target, [ASSERT_EXACT_MATCH])) continue;
        const box = freshBox(session, target);
        const matching = box.plan.matching!;
        await assertBody(box, session, { [matching]: `${box.prefix}Exact-Value` }, 'assert the original value');
        for (const variant of ['upper', 'trailing-space', 'leading-space', 'drop-last'] as const) {
          await new AssertExistingCommand(0, {}, variant).run(box, session);
        }
      }
    },
  },
  {
    title: 'a null, empty or absent matching value is refused and writes nothing',
    clauses: ['ZEEG-ASSERT-005', 'ZEEG-ASSERT-010'],
    checks: [ASSERT_EMPTY_MATCHING_REJECTED, ASSERT_MATCHING_VALUE_REQUIRED],
    async run({ session, targets }) {
      for (const target of targets) {
        if (skipWithoutMatching(session, target, [ASSERT_EMPTY_MATCHING_REJECTED, ASSERT_MATCHING_VALUE_REQUIRED])) continue;
        const box = freshBox(session, target);
        const marker = [...box.plan.prefixed].find((k) => k !== box.plan.matching);
        const template = marker === undefined ? {} : { [marker]: 'marker' };
        for (const empty of [null, '', 'absent'] as const) await new AssertEmptyMatchingCommand(empty, template).run(box, session);
      }
    },
  },
  {
    title: 'assert without matchingAttribute, or naming no attribute, is refused and writes nothing',
    clauses: ['ZEEG-ASSERT-003', 'ZEEG-RECORD-005'],
    checks: [ASSERT_MATCHING_PARAM_REQUIRED, REJECTED_CREATE_NO_RECORD],
    async run({ session, targets }) {
      for (const target of targets) {
        if (skipWithoutMatching(session, target, [ASSERT_MATCHING_PARAM_REQUIRED])) continue;
        const probe = probeOf(session, target);
        const key = planWrites(target.world).matching!;
        for (const query of [undefined, { matchingAttribute: `crmc_no_such_${session.settings.runId}` }, { matchingAttribute: '' }]) {
          const value = `${session.nextPrefix()}param`;
          session.stepMark = session.client.mark();
          const reply = await session.client.send(`assert with ${query === undefined ? 'no matchingAttribute' : `matchingAttribute=${query.matchingAttribute}`}`, { method: 'PUT', path: `/crm/${target.slug}`, ...(query === undefined ? {} : { query }), json: { [key]: value } });
          const stored = recordOf(reply);
          if (stored !== undefined) session.track(target.slug, stored.id);
          const refused = reply.status >= 400 && reply.status < 500;
          const asked = query === undefined ? 'without matchingAttribute' : `with matchingAttribute "${query.matchingAttribute}"`;
          if (!expectThat(probe, ASSERT_MATCHING_PARAM_REQUIRED, refused, '4xx', reply.status, `an assert ${asked} answered ${reply.status}`)) continue;
          // What the refusal left behind is the SHOULD reading of ZEEG-RECORD-005.
          const clean = (await probeHeld(session, target, key, value, 'leak-probe')).verdict !== 'held';
          expectThat(probe, REJECTED_CREATE_NO_RECORD, clean, 'nothing stored', reply.status, `an assert ${asked} answered ${reply.status} but stored the record`);
        }
      }
    },
  },
  {
    title: 'when several records share the matching value, only one is updated, with 200: the earliest created',
    clauses: ['ZEEG-ASSERT-001', 'ZEEG-ASSERT-008', 'ZEEG-ASSERT-009', 'ZEEG-ASSERT-012'],
    checks: SHARED_MATCH_CHECKS,
    async run({ session, targets }) {
      for (const target of targets) {
        const shared = sharedTextAttribute(target);
        const other = [...target.world.attributes.values()].find((a) => a.key !== shared && a.type === 'number' && a.isUnique !== true)?.key;
        if (shared === undefined || other === undefined) {
          for (const check of SHARED_MATCH_CHECKS) session.recorder.markSkipped(check, `"${target.slug}" needs a non-unique text and a non-unique number attribute`);
          continue;
        }
        const probe = probeOf(session, target);
        const value = `${session.nextPrefix()}shared`;
        const first = await createRecord(session, target, { [shared]: value, [other]: 1 });
        const second = await createRecord(session, target, { [shared]: value, [other]: 1 });
        if (first === undefined || second === undefined) continue;
        session.stepMark = session.client.mark();
        const reply = await session.client.send('assert on a shared value', { method: 'PUT', path: `/crm/${target.slug}`, query: { matchingAttribute: shared }, json: { [shared]: value, [other]: 2 } });
        const created = recordOf(reply);
        if (created !== undefined && reply.status === 201) session.track(target.slug, created.id);
        const a = (await readRecord(session, target, first.id)).record;
        const b = (await readRecord(session, target, second.id)).record;
        judgeSharedMatch(probe, { status: reply.status, firstUpdated: a?.values[other] === 2, secondUpdated: b?.values[other] === 2 });
      }
    },
  },
  {
    title: `${RACE_WIDTH} concurrent asserts with one new matching value create exactly one record`,
    clauses: ['ZEEG-ASSERT-013'],
    checks: [ASSERT_RACE_SINGLE_RECORD],
    async run({ session, targets }) {
      for (const target of targets) {
        if (skipWithoutMatching(session, target, [ASSERT_RACE_SINGLE_RECORD])) continue;
        const probe = probeOf(session, target);
        const key = planWrites(target.world).matching!;
        const value = `${session.nextPrefix()}race`;
        session.stepMark = session.client.mark();
        const json = withRequired(target.world, { [key]: value }, `${value}-`, [key], session.serials);
        const replies = await Promise.all(Array.from({ length: RACE_WIDTH }, (_, i) => session.client.send(`racing assert ${i + 1}`, { method: 'PUT', path: `/crm/${target.slug}`, query: { matchingAttribute: key }, json })));
        const ids = new Set<string>();
        for (const reply of replies) {
          const record = recordOf(reply);
          if (record !== undefined && reply.status >= 200 && reply.status < 300) {
            ids.add(record.id);
            session.track(target.slug, record.id);
          }
        }
        judgeAssertRace(probe, replies.map((r) => r.status), ids.size);
      }
    },
  },
]);
