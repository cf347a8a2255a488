/**
 * The configuration file's shape. `crm-conformance.config.ts` (or `.json`) in the working
 * directory, or the file named by --config, holds one of these; command-line flags override it
 * and environment variables sit in between (flags > env > file > defaults).
 *
 *   import { defineConfig } from 'crm-conformance';
 *   export default defineConfig({ baseUrl: 'https://api.zeeg.me/v2', objects: ['products'] });
 */

export interface CrmConformanceConfig {
  /** The API the target implements: a name `crm-conformance help apis` lists, or a path to a module exporting a CrmApi. */
  api?: string;
  /** API root the API's paths start below; without it the embedded reference server is tested. */
  baseUrl?: string;
  /** Token with crm:read and crm:write. Prefer the CRM_TOKEN environment variable. */
  token?: string;
  /** Token with crm:read only, for the scope checks. Prefer CRM_READ_TOKEN. */
  readToken?: string;
  /** Object slugs to test. */
  objects?: string[];
  /** Organization member UUIDs for user attributes. */
  members?: string[];
  /** Seed of every random choice; random (and printed) when unset. */
  seed?: number;
  /** Prefix of every unique value the run writes; random when unset. With the seed it fixes every request. */
  runId?: string;
  /** fast-check runs per property. */
  runs?: number;
  /** SHOULD findings fail the run as well. */
  strict?: boolean;
  /** Exit 0 although selected MUST clauses were not exercised; the verdict still says INCOMPLETE. */
  allowUntested?: boolean;
  /** Clause ids or check codes to restrict the run to. */
  only?: string[];
  /** Per-request timeout: milliseconds, or a duration with its unit ('500ms', '30s', '2m'). */
  timeoutMs?: number | string;
  /** Requests in flight. */
  concurrency?: number;
  /** Requests a second at most, in any second, for the whole run (an integer from 1 to 10000). */
  rate?: number;
  /** `i/n`: run the i-th of n shards. */
  shard?: string;
  /** Whole-run deadline from the first request to the target: milliseconds, or a duration ('90s', '5m'). */
  maxTimeMs?: number | string;
  /** Stop the run once this many finding groups fail it (an integer of 1 or more). */
  maxFailures?: number;
  /** Where reports go; relative paths are relative to the config file. */
  reportDir?: string;
  /** Print only the final summary. */
  quiet?: boolean;
  /** 'engine' (default): the cases run in the CLI's process; 'vitest': the same cases as vitest tests. */
  runner?: 'engine' | 'vitest';
  /** Headers sent on every request: `{ 'X-Tenant': 'acme' }` or `['X-Tenant: acme']`. Secret-looking ones are redacted in reports. */
  headers?: Record<string, string> | string[];
  /** The API's own settings (`crm-conformance help apis` lists them), by key: strings. */
  [apiSetting: string]: unknown;
}

export const CONFIG_KEYS: readonly string[] = [
  'api', 'baseUrl', 'token', 'readToken', 'objects', 'members', 'seed', 'runId', 'runs', 'strict', 'allowUntested', 'only',
  'timeoutMs', 'concurrency', 'rate', 'shard', 'maxTimeMs', 'maxFailures', 'reportDir', 'quiet', 'runner', 'headers',
];

/** Identity function that gives a config file its type. */
export function defineConfig(config: CrmConformanceConfig): CrmConformanceConfig {
  return config;
}
