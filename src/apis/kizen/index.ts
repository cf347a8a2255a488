/**
 * The Kizen Records API: suites, checks and the embedded reference server. Every call carries
 * the API key with the business and user ids, so the probe's access is built from the run's
 * settings (probeAccess is a function of them).
 */
import { KIZEN_CHECKS } from './checks/index.ts';
import { loadClauses } from '../../contract/clauses.ts';
import { specInfo } from '../../contract/load-spec.ts';
import type { ProbeAccess } from '../../probe/probe-target.ts';
import { probeSetupWith, type SetupPlan } from '../../probe/setup-plan.ts';
import { BUSINESS_ID, FAULTS, FULL_API_KEY, READ_ONLY_API_KEY, startKizenServer, TEAM_MEMBER_IDS, USER_IDS } from './reference/index.ts';
import { objectPath, recordsPath } from './runtime/discover.ts';
import { kizenHeaders, type KizenTarget } from './runtime/target.ts';
import type { RunSettings } from '../../runner/settings.ts';
import { KIZEN_RUN } from './suites/index.ts';
import type { CrmApi } from '../crm-api.ts';
import { KIZEN_SETTINGS } from './settings.ts';

/** Discovery of an object's details with the three headers (the ids from the settings). */
export function kizenAccess(settings: Pick<RunSettings, 'apiSettings'>): ProbeAccess {
  return {
    discoveryPath: (slug) => (slug === undefined ? '/api/custom-objects' : objectPath(slug)),
    credentials: kizenHeaders(settings),
  };
}

/** The setup probe's plan: an add without fields (refused, or created and archived again). */
function setupPlan(settings: RunSettings): SetupPlan {
  return {
    access: kizenAccess(settings),
    write: (object) => ({ method: 'POST', path: recordsPath(object, '/add'), json: { fields: [] } }),
    createdPath: (object, json) => {
      const id = (json as { id?: unknown } | undefined)?.id;
      return typeof id === 'string' ? recordsPath(object, `/${encodeURIComponent(id)}`) : undefined;
    },
    rootSuffixes: ['/api/records', '/api/custom-objects', '/api'],
    // DRF bodies: the business context has its own code; a user the account lacks is named in the detail.
    refusalSetting: (body) => {
      if (body.includes('missing_business_context')) return '--business-id (or CRM_BUSINESS_ID)';
      return /user/i.test(body) ? '--user-id (or CRM_USER_ID)' : undefined;
    },
  };
}

export const KIZEN: CrmApi<KizenTarget> = {
  ...KIZEN_RUN,
  name: 'kizen',
  spec: specInfo('kizen'),
  clauses: () => loadClauses('kizen'),
  checks: KIZEN_CHECKS,
  reference: {
    start: (options) => startKizenServer(options),
    faults: FAULTS,
    token: FULL_API_KEY,
    readToken: READ_ONLY_API_KEY,
    objects: ['projects', 'client_client'],
    members: TEAM_MEMBER_IDS,
    settings: { businessId: BUSINESS_ID, userId: USER_IDS[0]! },
  },
  probeSetup: (settings) => probeSetupWith(settings, setupPlan(settings)),
  probeAccess: kizenAccess,
  settings: KIZEN_SETTINGS,
  about: { baseUrl: 'https://app.go.kizen.com (the host root; paths start /api/…)', object: 'an object api name or UUID', token: 'the API key' },
};
