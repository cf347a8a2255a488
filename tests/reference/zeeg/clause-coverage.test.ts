/**
 * The Zeeg fault catalogue is tied to spec/zeeg/clauses.yaml (common/clause-coverage.ts): every
 * clause id a fault names exists, every testable clause is broken by some fault whose probe
 * faults.test.ts proves, and no clause marked untestable is broken by one.
 */
import { FAULTS } from '../../../src/apis/zeeg/reference/index.ts';
import { describeClauseCoverage } from '../common/clause-coverage.ts';

describeClauseCoverage('zeeg', FAULTS);
