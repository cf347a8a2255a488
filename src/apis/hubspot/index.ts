/** The HubSpot CRM objects API: suites, checks and the embedded reference server. */
import { HUBSPOT_CHECKS } from './checks/index.ts';
import { loadClauses } from '../../contract/clauses.ts';
import { specInfo } from '../../contract/load-spec.ts';
import type { ProbeAccess } from '../../probe/probe-target.ts';
import { probeSetupWith, type SetupPlan } from '../../probe/setup-plan.ts';
import { FAULTS, READ_TOKEN, startHubspotServer, WRITE_TOKEN } from './reference/index.ts';
import { propertiesPath } from './runtime/requests.ts';
import { objectsPath, recordPath } from './runtime/requests.ts';
import type { HubspotTarget } from './runtime/target.ts';
import type { RunSettings } from '../../runner/settings.ts';
import { HUBSPOT_RUN } from './suites/index.ts';
import type { CrmApi } from '../crm-api.ts';

/** Discovery of an object type's properties with a bearer token; without a type, that of contacts. */
export const HUBSPOT_ACCESS: ProbeAccess = {
  discoveryPath: (objectType) => propertiesPath(objectType ?? 'contacts'),
  credentials: (token) => ({ authorization: `Bearer ${token}` }),
};

/** The setup probe's plan: an empty create, deleted again when it succeeds. */
const SETUP: SetupPlan = {
  access: HUBSPOT_ACCESS,
  write: (objectType) => ({ method: 'POST', path: objectsPath(objectType), json: { properties: {}, associations: [] } }),
  createdPath: (objectType, json) => {
    const id = (json as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? recordPath(objectType, id) : undefined;
  },
  rootSuffixes: ['/crm/objects/2026-03', '/crm/objects', '/crm/v3', '/crm'],
};

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
  probeSetup: (settings) => probeSetupWith(settings, SETUP),
  probeAccess: () => HUBSPOT_ACCESS,
  about: { baseUrl: 'https://api.hubapi.com (the host root; paths start /crm/…)', object: 'an object type (contacts, p_orders, 2-123)' },
};
