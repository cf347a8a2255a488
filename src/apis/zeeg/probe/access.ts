/** How the probes reach a Zeeg object: GET /crm/objects/{slug} with a bearer token. */
import type { ProbeAccess } from '../../../probe/probe-target.ts';

export const ZEEG_ACCESS: ProbeAccess = {
  discoveryPath: (slug) => (slug === undefined ? '/crm/objects' : `/crm/objects/${encodeURIComponent(slug)}`),
  credentials: (token) => ({ authorization: `Bearer ${token}` }),
};
