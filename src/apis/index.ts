/**
 * The APIs this package tests, by name. `run --api`, `serve --api` and the config file's `api`
 * pick one; everything else reaches the API through its CrmApi. An API's modules load only when
 * it is asked for: a run of one API does not pay for loading the others.
 */
import type { ApiName } from '../contract/load-spec.ts';
import { CrmcError } from '../core/errors.ts';
import type { CrmApi } from './crm-api.ts';

const LOADERS: Readonly<Record<ApiName, () => Promise<CrmApi>>> = {
  zeeg: async () => (await import('./zeeg/index.ts')).ZEEG as CrmApi,
  hubspot: async () => (await import('./hubspot/index.ts')).HUBSPOT as CrmApi,
  kizen: async () => (await import('./kizen/index.ts')).KIZEN as CrmApi,
};

/** Every API name the command line accepts, in the order help lists them. */
export const API_NAMES: readonly ApiName[] = ['zeeg', 'hubspot', 'kizen'];

/** The APIs this build can test, in the order of API_NAMES. */
export function testableApis(): Promise<CrmApi[]> {
  return Promise.all(API_NAMES.map((name) => LOADERS[name]()));
}

export function isApiName(name: string): name is ApiName {
  return (API_NAMES as readonly string[]).includes(name);
}

/** The API of that name; a name this build cannot test is a usage error naming `origin`. */
export async function apiNamed(name: string, origin = '--api'): Promise<CrmApi> {
  if (isApiName(name)) return LOADERS[name]();
  throw new CrmcError('CRMC_USAGE', `${origin}: "${name}" is not an API this build can test (known: ${API_NAMES.join(', ')})`);
}
