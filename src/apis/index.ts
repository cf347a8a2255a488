/**
 * The APIs this package tests, by name. `run --api`, `serve --api` and the config file's `api`
 * pick one; everything else reaches the API through its CrmApi.
 */
import type { ApiName } from '../contract/load-spec.ts';
import { CrmcError } from '../core/errors.ts';
import type { CrmApi } from './crm-api.ts';
import { HUBSPOT } from './hubspot.ts';
import { KIZEN } from './kizen.ts';
import { ZEEG } from './zeeg.ts';

const APIS: ReadonlyMap<ApiName, CrmApi> = new Map<ApiName, CrmApi>([['zeeg', ZEEG as CrmApi], ['hubspot', HUBSPOT as CrmApi], ['kizen', KIZEN as CrmApi]]);

/** Every API name the command line accepts, in the order help lists them. */
export const API_NAMES: readonly ApiName[] = ['zeeg', 'hubspot', 'kizen'];

/** The APIs this build can test, in the order of API_NAMES. */
export function testableApis(): CrmApi[] {
  return API_NAMES.flatMap((name) => APIS.get(name) ?? []);
}

export function isApiName(name: string): name is ApiName {
  return (API_NAMES as readonly string[]).includes(name);
}

/** The API of that name; a name this build cannot test yet is a usage error naming `origin`. */
export function apiNamed(name: string, origin = '--api'): CrmApi {
  const api = isApiName(name) ? APIS.get(name) : undefined;
  if (api !== undefined) return api;
  const known = [...APIS.keys()].join(', ');
  throw new CrmcError('CRMC_USAGE', `${origin}: "${name}" is not an API this build can test (known: ${known})`);
}
