/** Model-based command sequences, one case per object under test. */
import { ALL_CHECKS } from '../../checks/zeeg/index.ts';
import { runModelSequences } from '../../runner/zeeg/model-run.ts';
import { defineSuite } from '../suite-def.ts';

const MODEL_CLAUSES = [
  'ZEEG-CREATE-001', 'ZEEG-CREATE-002', 'ZEEG-CREATE-003', 'ZEEG-ASSERT-001', 'ZEEG-ASSERT-002', 'ZEEG-ASSERT-004', 'ZEEG-ASSERT-005',
  'ZEEG-ASSERT-006', 'ZEEG-ASSERT-007', 'ZEEG-ASSERT-010', 'ZEEG-PATCH-001', 'ZEEG-PATCH-002', 'ZEEG-PATCH-003', 'ZEEG-PATCH-004',
  'ZEEG-PATCH-005', 'ZEEG-UNIQUE-001', 'ZEEG-UNIQUE-002', 'ZEEG-UNIQUE-003', 'ZEEG-UNIQUE-004', 'ZEEG-RECORD-001', 'ZEEG-RECORD-003',
  'ZEEG-RECORD-005', 'ZEEG-DELETE-001', 'ZEEG-DELETE-002', 'ZEEG-DELETE-003', 'ZEEG-RELATION-001', 'ZEEG-RELATION-002',
];

export const modelSuite = defineSuite('model', 'Model-based create / assert / patch / relation / delete sequences', [
  {
    title: 'random command sequences agree with the model of the documented semantics',
    clauses: MODEL_CLAUSES,
    checks: [...ALL_CHECKS],
    async run({ session, targets }) {
      for (const target of targets) await runModelSequences(session, target, `model:${target.slug}`);
    },
  },
]);
