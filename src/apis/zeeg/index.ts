/** The Zeeg CRM Records API: suites, checks and the embedded reference server. */
import { ALL_CHECKS } from './checks/index.ts';
import { loadClauses } from '../../contract/clauses.ts';
import { specInfo } from '../../contract/load-spec.ts';
import { MEMBER_IDS, READ_TOKEN, startReferenceServer, WRITE_TOKEN, FAULTS } from './reference/index.ts';
import type { ObjectUnderTest } from './runtime/target.ts';
import { ZEEG_RUN } from './suites/index.ts';
import { ZEEG_ACCESS } from './probe/access.ts';
import { probeSetup } from './probe/probe-setup.ts';
import type { CrmApi } from '../crm-api.ts';

export const ZEEG: CrmApi<ObjectUnderTest> = {
  ...ZEEG_RUN,
  name: 'zeeg',
  spec: specInfo('zeeg'),
  clauses: () => loadClauses('zeeg'),
  checks: ALL_CHECKS,
  reference: {
    // Every start option passes on, `style` among them (`serve --style lenient` starts the twin).
    start: (options) => startReferenceServer(options),
    faults: FAULTS,
    token: WRITE_TOKEN,
    readToken: READ_TOKEN,
    objects: ['products', 'suppliers'],
    members: MEMBER_IDS,
  },
  probeSetup,
  probeAccess: () => ZEEG_ACCESS,
  about: { baseUrl: 'https://api.zeeg.me/v2', object: 'an object slug (products)' },
};
