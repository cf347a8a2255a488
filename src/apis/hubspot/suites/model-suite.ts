/** Model-based command sequences, one case per object type. */
import { HUBSPOT_CHECKS } from '../checks/index.ts';
import type { CheckDef } from '../../../core/checks.ts';
import { runModelSequences } from '../runtime/model-run.ts';
import type { HubspotTarget } from '../runtime/target.ts';
import { defineSuite } from '../../../suites/suite-def.ts';

const MODEL_CLAUSES = [
  'CREATE-001', 'CREATE-002', 'OBJECT-001', 'OBJECT-002', 'READ-001', 'UPDATE-001', 'UPDATE-002', 'UPDATE-003', 'UNIQUE-002', 'UNIQUE-004',
  'UPSERT-001', 'UPSERT-002', 'ARCHIVE-001', 'ARCHIVE-002', 'VALUES-001', 'WRITE-003', 'SERVER-001', 'PATHS-001',
].map((id) => `HUBSPOT-${id}`);

/** Checks only the focused suites exercise; --only with one of these does not pick the model case. */
const FOCUSED_ONLY = /^(AUTH_|DISCOVERY_|OBJECT_TYPE_ID|READ_(UNKNOWN|DEFAULT|BY_ID|NON_UNIQUE)|UPSERT_(EMPTY|QUERY|NON_UNIQUE|INVALID|NO_DUP)|ARCHIVED_|MALFORMED|CONTACT_|UNKNOWN_PROPERTY|READ_ONLY|UNIQUE_(CREATE|UPSERT|OWN)|UPDATE_(UNKNOWN|BY_ID))/;

const MODEL_CHECKS: CheckDef[] = HUBSPOT_CHECKS.filter((check) => !FOCUSED_ONLY.test(check.code));

export const modelSuite = defineSuite<HubspotTarget>('model', 'Model-based create / update / upsert / archive sequences', [
  {
    title: 'random command sequences agree with the model of the documented semantics',
    clauses: MODEL_CLAUSES,
    checks: MODEL_CHECKS,
    async run({ session, targets }) {
      for (const target of targets) await runModelSequences(session, target, `model:${target.objectType}`);
    },
  },
]);
