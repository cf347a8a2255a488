// Every HubSpot suite in one file: their cases run side by side within the run's --concurrency.
import { registerApi } from '../vitest-suite.ts';
import { HUBSPOT_RUN } from '../hubspot/index.ts';

registerApi(HUBSPOT_RUN);
