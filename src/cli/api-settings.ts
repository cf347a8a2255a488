/**
 * What the CLI does with the API a run names: finds it before the flags are read (its own
 * settings add flags), reads its own settings from flags, environment and config file like any
 * other setting, and knows which of them a real target needs and which a report keeps.
 */
import { apiNamed, DEFAULT_API } from '../apis/index.ts';
import type { ApiSetting, CrmApi } from '../apis/crm-api.ts';
import { CrmcError } from '../core/errors.ts';
import type { RunSettings } from '../runner/settings.ts';
import type { LoadedConfig } from './load-config.ts';
import type { FlagSpec } from './parse-flags.ts';
import type { Origin } from './validate.ts';

export interface EarlyFlags {
  api?: string;
  config?: string;
  positionals: string[];
}

/**
 * --api, --config and the positionals, read before the API's own flags are known: every flag
 * but `booleans` takes the next word as its value (an unknown one too, which parseFlags then
 * refuses with its name).
 */
export function earlyFlags(args: readonly string[], booleans: readonly string[] = []): EarlyFlags {
  const early: EarlyFlags = { positionals: [] };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--') {
      early.positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      early.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s);
    const value = inline ?? (booleans.includes(name!) ? undefined : args[(i += 1)]);
    if (name === 'api' && value !== undefined) early.api = value;
    if (name === 'config' && value !== undefined) early.config = value;
  }
  return early;
}

/** The API a run tests: --api, else CRM_API, else the config file's `api`, else the default. */
export async function chooseApi(flag: string | undefined, env: NodeJS.ProcessEnv, config: LoadedConfig, cwd: string): Promise<CrmApi> {
  if (flag !== undefined) return apiNamed(flag, '--api', cwd);
  const fromEnv = env['CRM_API'];
  if (fromEnv !== undefined && fromEnv !== '') return apiNamed(fromEnv, 'CRM_API', cwd);
  const fromFile = config.config.api;
  if (fromFile !== undefined) return apiNamed(fromFile, `${config.file ?? 'config'}: api`, config.dir);
  return apiNamed(DEFAULT_API);
}

/** The names of a command's boolean flags (they take no value). */
export function booleanFlags(spec: FlagSpec): string[] {
  return Object.entries(spec).filter(([, option]) => option.type === 'boolean').map(([name]) => name);
}

/** The flags of the API's own settings, for parseFlags. */
export function apiFlags(api: Pick<CrmApi, 'settings'>): FlagSpec {
  return Object.fromEntries((api.settings ?? []).map((setting) => [setting.flag, { type: 'string' as const }]));
}

/** The config file's keys of the API's own settings. */
export function apiConfigKeys(api: Pick<CrmApi, 'settings'>): string[] {
  return (api.settings ?? []).map((setting) => setting.key);
}

/** One setting's value, trimmed and checked; a bad one names where it came from. */
export function apiSettingValue(setting: ApiSetting, raw: unknown, origin: Origin): string {
  const value = typeof raw === 'string' ? raw.trim() : undefined;
  const problem = value === undefined ? 'expected a string' : setting.problem?.(value);
  if (problem !== undefined) throw new CrmcError(origin.code, `${origin.name}: ${problem}`);
  return value!;
}

/**
 * The API's own settings from the sources `get` reads (flags > env > file); undefined when the
 * run gives none.
 */
export function resolveApiSettings(api: Pick<CrmApi, 'settings'>, get: (flag: string, key: string, env: string) => { value: unknown; origin: Origin }): Record<string, string> | undefined {
  const values: Record<string, string> = {};
  for (const setting of api.settings ?? []) {
    const source = get(setting.flag, setting.key, setting.env);
    if (source.value !== undefined) values[setting.key] = apiSettingValue(setting, source.value, source.origin);
  }
  return Object.keys(values).length === 0 ? undefined : values;
}

/** A real target of the API gets every setting it cannot do without, or exit 2 naming the flag. */
export function checkTargetNeeds(api: Pick<CrmApi, 'name' | 'settings'>, settings: Pick<RunSettings, 'apiSettings'>): void {
  for (const setting of api.settings ?? []) {
    if (setting.requiredForTarget && settings.apiSettings?.[setting.key] === undefined) {
      throw new CrmcError('CRMC_USAGE', `--api ${api.name} needs --${setting.flag} (or ${setting.env}) for a real target`);
    }
  }
}

/** The settings a report keeps (none that is secret), or undefined when there are none. */
export function reportedApiSettings(api: Pick<CrmApi, 'settings'>, settings: Pick<RunSettings, 'apiSettings'>): Record<string, string> | undefined {
  const kept = Object.fromEntries((api.settings ?? []).filter((s) => s.inReport && settings.apiSettings?.[s.key] !== undefined).map((s) => [s.key, settings.apiSettings![s.key]!]));
  return Object.keys(kept).length === 0 ? undefined : kept;
}
