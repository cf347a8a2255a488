/** The Kizen reference server's fault catalogue, as the replay catalogue test drives it. */
import { FAULTS, FULL_API_KEY, READ_ONLY_API_KEY, startKizenServer } from '../../src/apis/kizen/reference/index.ts';
import { KIZEN_RUN } from '../../src/apis/kizen/suites/index.ts';
import { KIZEN_FAULT_EXPECTATIONS } from '../runner/kizen-fault-expectations.ts';
import { kizenSettings } from '../runner/kizen-reference-run.ts';
import type { CatalogueApi } from './replay-catalogue.ts';

export const KIZEN_CATALOGUE: CatalogueApi = {
  name: 'kizen',
  faults: FAULTS,
  expectations: KIZEN_FAULT_EXPECTATIONS,
  start: (faults) => startKizenServer({ faults }),
  settings: (baseUrl, seed) => ({ ...kizenSettings(baseUrl, seed), embedded: false }),
  runnable: KIZEN_RUN,
  keepsRecords: ['archive-answers-500'],
  scriptEnv: () => ({ CRM_TOKEN: FULL_API_KEY, CRM_READ_TOKEN: READ_ONLY_API_KEY }),
};
