/** Model-based command sequences, one case per object under test. */
import { ALL_CHECKS } from '../checks/index.ts';
import type { CheckDef } from '../../../core/checks.ts';
import { runModelSequences } from '../runtime/model-run.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import type { ObjectUnderTest } from '../runtime/target.ts';

const MODEL_CLAUSES = [
  'ZEEG-CREATE-001', 'ZEEG-CREATE-002', 'ZEEG-CREATE-003', 'ZEEG-ASSERT-001', 'ZEEG-ASSERT-002', 'ZEEG-ASSERT-004', 'ZEEG-ASSERT-005',
  'ZEEG-ASSERT-006', 'ZEEG-ASSERT-007', 'ZEEG-ASSERT-010', 'ZEEG-PATCH-001', 'ZEEG-PATCH-002', 'ZEEG-PATCH-003', 'ZEEG-PATCH-004',
  'ZEEG-PATCH-005', 'ZEEG-UNIQUE-001', 'ZEEG-UNIQUE-002', 'ZEEG-UNIQUE-003', 'ZEEG-UNIQUE-004', 'ZEEG-RECORD-001', 'ZEEG-RECORD-003',
  'ZEEG-RECORD-005', 'ZEEG-SERVER-001', 'ZEEG-DELETE-001', 'ZEEG-DELETE-002', 'ZEEG-DELETE-003', 'ZEEG-RELATION-001', 'ZEEG-RELATION-002',
];

/** Checks only the focused suites exercise; --only with one of these codes does not pick the model case. */
const FOCUSED_ONLY = /^(AUTH_|DISCOVERY_|RELATION_(NOOP|BAD_ATTRIBUTE|EMPTY_LISTS|ID_IN_BOTH)$|ASSERT_(FIRST_MATCH|SINGLE_MATCH|RACE_SINGLE_RECORD|IDEMPOTENT|MATCHING_PARAM_REQUIRED)$|UNKNOWN_|NON_OBJECT_|CREATE_EMPTY_BODY$|TYPE_[A-Z]+_ACCEPTED$)/;

const MODEL_CHECKS: CheckDef[] = ALL_CHECKS.filter((check) => !FOCUSED_ONLY.test(check.code));

export const modelSuite = defineSuite<ObjectUnderTest>('model', 'Model-based create / assert / patch / relation / delete sequences', [
  {
    title: 'random command sequences agree with the model of the documented semantics',
    clauses: MODEL_CLAUSES,
    checks: MODEL_CHECKS,
    perObject: true,
    async run({ session, targets }) {
      for (const target of targets) await runModelSequences(session, target, `model:${target.slug}`);
    },
  },
]);
