/** The HubSpot update suite, run by the CLI against the target. */
import { HUBSPOT_RUN } from '../../src/suites/hubspot/index.ts';
import { registerSuite } from '../../src/suites/vitest-suite.ts';

registerSuite(HUBSPOT_RUN, 'update');
