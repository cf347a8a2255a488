/** The HubSpot CRM objects API: suites, checks and the embedded reference server. */
import { HUBSPOT_CHECKS } from '../checks/hubspot/index.ts';
import { loadClauses } from '../contract/clauses.ts';
import { specInfo } from '../contract/load-spec.ts';
import { probeObjects, type ProbeAccess } from '../probe/probe-target.ts';
import { FAULTS, READ_TOKEN, startHubspotServer, WRITE_TOKEN } from '../reference/hubspot/index.ts';
import { propertiesPath } from '../runner/hubspot/requests.ts';
import type { HubspotTarget } from '../runner/hubspot/target.ts';
import type { RunSettings } from '../runner/settings.ts';
import { HUBSPOT_RUN } from '../suites/hubspot/index.ts';
import type { CrmApi } from './crm-api.ts';

/** Discovery of an object type's properties with a bearer token; without a type, that of contacts. */
export const HUBSPOT_ACCESS: ProbeAccess = {
  discoveryPath: (objectType) => propertiesPath(objectType ?? 'contacts'),
  credentials: (token) => ({ authorization: `Bearer ${token}` }),
};

/** Reachability of discovery for every object type; a 401/403 names --token, a 404 names --object. */
async function probeSetup(settings: RunSettings): Promise<string[]> {
  await probeObjects(settings.baseUrl, settings.objects, settings.token, settings.headers ?? {}, undefined, HUBSPOT_ACCESS);
  return [];
}

export const HUBSPOT: CrmApi<HubspotTarget> = {
  ...HUBSPOT_RUN,
  name: 'hubspot',
  spec: specInfo('hubspot'),
  clauses: () => loadClauses('hubspot'),
  checks: HUBSPOT_CHECKS,
  reference: {
    start: (options) => startHubspotServer(options),
    faults: FAULTS,
    token: WRITE_TOKEN,
    readToken: READ_TOKEN,
    objects: ['contacts', 'p_orders'],
    members: [],
  },
  probeSetup,
  probeAccess: () => HUBSPOT_ACCESS,
};
