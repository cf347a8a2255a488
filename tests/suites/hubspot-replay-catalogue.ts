/** The HubSpot reference server's fault catalogue, as the replay catalogue test drives it. */
import { FAULTS, READ_TOKEN, startHubspotServer, WRITE_TOKEN } from '../../src/apis/hubspot/reference/index.ts';
import { HUBSPOT_RUN } from '../../src/apis/hubspot/suites/index.ts';
import { HUBSPOT_FAULT_EXPECTATIONS } from '../runner/hubspot-fault-expectations.ts';
import { hubspotSettings } from '../runner/hubspot-run.ts';
import type { CatalogueApi } from './replay-catalogue.ts';

export const HUBSPOT_CATALOGUE: CatalogueApi = {
  name: 'hubspot',
  faults: FAULTS,
  expectations: HUBSPOT_FAULT_EXPECTATIONS,
  start: (faults) => startHubspotServer({ faults }),
  settings: (baseUrl, seed) => ({ ...hubspotSettings(baseUrl, seed), embedded: false }),
  runnable: HUBSPOT_RUN,
  keepsRecords: ['archive-leaves-record-readable', 'archive-answers-500'],
  scriptEnv: () => ({ CRM_TOKEN: WRITE_TOKEN, CRM_READ_TOKEN: READ_TOKEN }),
};
