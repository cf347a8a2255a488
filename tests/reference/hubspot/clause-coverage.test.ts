/**
 * The HubSpot fault catalogue is tied to spec/hubspot/clauses.yaml (common/clause-coverage.ts): every
 * clause id a fault names exists, every testable clause is broken by some fault whose probe
 * faults.test.ts proves, and no clause marked untestable is broken by one.
 */
import { FAULTS } from '../../../src/apis/hubspot/reference/index.ts';
import { describeClauseCoverage } from '../common/clause-coverage.ts';

describeClauseCoverage('hubspot', FAULTS);
