// Every HubSpot suite in one file: their cases run side by side within the run's --concurrency.
import { registerApi } from '../../src/suites/vitest-suite.ts';
import { HUBSPOT_RUN } from '../../src/apis/hubspot/suites/index.ts';

registerApi(HUBSPOT_RUN);
