/** The Zeeg reference server's fault catalogue, as the replay catalogue test drives it. */
import { randomBytes } from 'node:crypto';
import { FAULTS, MEMBER_IDS, READ_TOKEN, startReferenceServer, WRITE_TOKEN } from '../../src/apis/zeeg/reference/index.ts';
import { DEFAULTS } from '../../src/runner/settings.ts';
import { ZEEG_RUN } from '../../src/apis/zeeg/suites/index.ts';
import { FAULT_EXPECTATIONS } from '../runner/fault-expectations.ts';
import type { CatalogueApi } from './replay-catalogue.ts';

export const ZEEG_CATALOGUE: CatalogueApi = {
  name: 'zeeg',
  faults: FAULTS,
  expectations: FAULT_EXPECTATIONS,
  start: (faults) => startReferenceServer({ faults }),
  settings: (baseUrl, seed) => ({
    api: 'zeeg', baseUrl, embedded: false, token: WRITE_TOKEN, readToken: READ_TOKEN, objects: ['products', 'suppliers'], members: [...MEMBER_IDS],
    seed, runs: DEFAULTS.runs, strict: false, only: [], timeoutMs: DEFAULTS.timeoutMs, concurrency: DEFAULTS.concurrency, runId: `crmcr${randomBytes(4).toString('hex')}`,
  }),
  runnable: ZEEG_RUN,
  keepsRecords: ['refused-create-stored', 'record-missing-id', 'delete-answers-500'],
  scriptEnv: () => ({ CRM_TOKEN: WRITE_TOKEN, CRM_READ_TOKEN: READ_TOKEN }),
};
