/**
 * The registry: the APIs this package tests, by name, and the default. `run --api`, `serve --api`
 * and the config file's `api` pick one; everything else reaches the API through its CrmApi. An
 * API's modules load only when it is asked for: a run of one API does not pay for the others.
 * `--api ./path/to/module.js` loads an API a user brings: a module exporting a CrmApi.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CrmcError } from '../core/errors.ts';
import type { CrmApi } from './crm-api.ts';

const LOADERS: Readonly<Record<string, () => Promise<CrmApi>>> = {
  zeeg: async () => (await import('./zeeg/index.ts')).ZEEG as CrmApi,
  hubspot: async () => (await import('./hubspot/index.ts')).HUBSPOT as CrmApi,
  kizen: async () => (await import('./kizen/index.ts')).KIZEN as CrmApi,
};

/** Every API name the command line accepts, in the order help lists them. */
export const API_NAMES: readonly string[] = Object.keys(LOADERS);

/** The API a run tests when none is named. */
export const DEFAULT_API = API_NAMES[0]!;

/** The APIs this build can test, in the order of API_NAMES. */
export function testableApis(): Promise<CrmApi[]> {
  return Promise.all(API_NAMES.map((name) => LOADERS[name]!()));
}

export function isApiName(name: string): boolean {
  return Object.hasOwn(LOADERS, name);
}

/** A path rather than a name: it starts with a dot or a slash, or ends like a module file. */
export function isApiModule(name: string): boolean {
  return /^(\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(name) || /\.(m?js|ts)$/.test(name);
}

/** True when `value` has what the engine, the CLI and the reports call on a CrmApi. */
function looksLikeApi(value: unknown): value is CrmApi {
  if (typeof value !== 'object' || value === null) return false;
  const api = value as Partial<CrmApi>;
  return typeof api.name === 'string' && typeof api.clauses === 'function' && Array.isArray(api.checks) && Array.isArray(api.suites)
    && typeof api.runtime === 'object' && typeof api.reference?.start === 'function' && typeof api.probeSetup === 'function';
}

/** The CrmApi a module exports: its default export, else its one export that is a CrmApi. */
async function loadApiModule(path: string, cwd: string, origin: string): Promise<CrmApi> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(resolve(cwd, path)).href)) as Record<string, unknown>;
  } catch (error) {
    throw new CrmcError('CRMC_USAGE', `${origin}: cannot load the module ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (looksLikeApi(module['default'])) return module['default'];
  const apis = Object.values(module).filter(looksLikeApi);
  if (apis.length === 1) return apis[0]!;
  throw new CrmcError('CRMC_USAGE', `${origin}: ${path} exports ${apis.length === 0 ? 'no' : 'more than one'} CrmApi (export one, as default or by name)`);
}

/**
 * The API of that name, or of that module path (relative to `cwd`); anything else is a usage
 * error naming `origin`.
 */
export async function apiNamed(name: string, origin = '--api', cwd = process.cwd()): Promise<CrmApi> {
  if (isApiName(name)) return LOADERS[name]!();
  if (isApiModule(name)) return loadApiModule(name, cwd, origin);
  throw new CrmcError('CRMC_USAGE', `${origin}: "${name}" is not an API this build can test (known: ${API_NAMES.join(', ')}, or a path to a module exporting a CrmApi)`);
}
