/**
 * Finds and loads the configuration file: --config FILE, else crm-conformance.config.ts / .json
 * in the working directory. Unknown keys and wrongly typed values are CRMC_CONFIG_INVALID.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CrmcError } from '../core/errors.ts';
import { CONFIG_KEYS, type CrmConformanceConfig } from './define-config.ts';

export const CONFIG_FILES = ['crm-conformance.config.ts', 'crm-conformance.config.mjs', 'crm-conformance.config.json'];

export interface LoadedConfig {
  file?: string;
  /** Directory relative paths in the file are resolved against. */
  dir: string;
  config: CrmConformanceConfig;
}

function invalid(file: string, problem: string): never {
  throw new CrmcError('CRMC_CONFIG_INVALID', `${file}: ${problem}`);
}

type ValueType = 'string' | 'number' | 'boolean' | 'string[]' | 'duration' | 'headers';

const TYPES: Record<string, ValueType> = {
  api: 'string',
  baseUrl: 'string', token: 'string', readToken: 'string', objects: 'string[]', members: 'string[]', seed: 'number',
  runId: 'string',
  runs: 'number', strict: 'boolean', allowUntested: 'boolean', only: 'string[]', timeoutMs: 'duration', concurrency: 'number', rate: 'number', shard: 'string',
  maxTimeMs: 'duration', maxFailures: 'number', reportDir: 'string', quiet: 'boolean', runner: 'string', headers: 'headers',
};

const EXPECTED: Record<ValueType, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  'string[]': 'a list of strings',
  duration: 'a number of milliseconds or a string such as "30s"',
  headers: 'an object of header values or a list of "Name: value" strings',
};

function hasType(value: unknown, type: ValueType): boolean {
  const strings = (v: unknown) => Array.isArray(v) && v.every((item) => typeof item === 'string');
  switch (type) {
    case 'string[]':
      return strings(value);
    case 'duration':
      return typeof value === 'number' || typeof value === 'string';
    case 'headers':
      return strings(value) || (typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string'));
    default:
      return typeof value === type;
  }
}

/**
 * Checks keys and value types; value ranges are checked with the other sources in resolve-settings.
 * `apiKeys` are the keys of the API's own settings (strings); 'later' leaves keys this file does
 * not know for checkApiKeys, once the config has said which API it is for.
 */
export function checkConfig(file: string, raw: unknown, apiKeys: readonly string[] | 'later' = []): CrmConformanceConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) invalid(file, 'expected an object');
  for (const [key, value] of Object.entries(raw)) {
    const own = apiKeys !== 'later' && apiKeys.includes(key);
    if (!CONFIG_KEYS.includes(key) && !own) {
      if (apiKeys === 'later') continue;
      invalid(file, `unknown key "${key}" (known: ${[...CONFIG_KEYS, ...apiKeys].join(', ')})`);
    }
    if (value === undefined) continue;
    const type = TYPES[key] ?? 'string';
    if (!hasType(value, type)) invalid(file, `"${key}" must be ${EXPECTED[type]}`);
  }
  return raw as CrmConformanceConfig;
}

/** The loaded file's keys checked again, now that the API, and so its own settings, are known. */
export function checkApiKeys(loaded: LoadedConfig, apiKeys: readonly string[]): void {
  checkConfig(loaded.file ?? 'config', loaded.config, apiKeys);
}

/** A config compiled as CommonJS arrives as { default: config } (plus __esModule) one level down. */
function unwrapDefault(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('default' in value)) return value;
  const keys = Object.keys(value).filter((k) => k !== '__esModule');
  return keys.length === 1 ? (value as { default: unknown }).default : value;
}

/** A module that is not installed, by name (`tsx` is a devDependency, absent from most installs). */
function isMissing(error: unknown, name: string): boolean {
  return (error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(`'${name}`);
}

/**
 * A TypeScript config loads through tsx when it is installed (its loader compiles a .ts config as
 * ESM wherever it lives, with or without a package.json), else through Node's own type stripping
 * (Node 22.18 and later). Older Nodes without tsx are told what to do.
 */
async function importTypeScript(file: string): Promise<unknown> {
  try {
    const { tsImport } = await import('tsx/esm/api');
    return await tsImport(pathToFileURL(file).href, import.meta.url);
  } catch (error) {
    if (!isMissing(error, 'tsx')) throw error;
  }
  if ((process.features as { typescript?: unknown }).typescript) return import(pathToFileURL(file).href);
  throw new Error(`Node ${process.versions.node} cannot load TypeScript: install tsx (npm i -D tsx), use Node 22.18 or later, or write crm-conformance.config.mjs`);
}

async function readConfigFile(file: string): Promise<unknown> {
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch (error) {
      invalid(file, error instanceof SyntaxError ? `not valid JSON (${error.message})` : 'cannot be read');
    }
  }
  try {
    const mod = (file.endsWith('.ts') ? await importTypeScript(file) : await import(pathToFileURL(file).href)) as { default?: unknown };
    return unwrapDefault(mod.default);
  } catch (error) {
    invalid(file, `cannot be loaded: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
  }
}

export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  let file: string | undefined;
  if (explicit !== undefined) {
    file = resolve(cwd, explicit);
    if (!existsSync(file)) invalid(file, 'not found');
  } else {
    file = CONFIG_FILES.map((name) => resolve(cwd, name)).find((candidate) => existsSync(candidate));
  }
  if (file === undefined) return { dir: cwd, config: {} };
  return { file, dir: dirname(file), config: checkConfig(file, await readConfigFile(file), 'later') };
}
