/**
 * The settings of one conformance run, as the CLI resolves them (flags > env > config file) and
 * as the suites read them. They travel to suite workers as JSON in CRMC_SETTINGS.
 */
import { randomBytes } from 'node:crypto';
import { CrmcError } from '../core/errors.ts';

export interface RunSettings {
  api: 'zeeg';
  /** API root with its version prefix, e.g. https://api.zeeg.me/v2 (no trailing slash). */
  baseUrl: string;
  /** True when the target is the embedded reference server. */
  embedded: boolean;
  token: string;
  /** A valid token without crm:write, for the scope checks. */
  readToken?: string;
  /** Object slugs to test; empty means the suite's defaults (discovery of known fixtures). */
  objects: string[];
  /** Organization member UUIDs for user attributes. */
  members: string[];
  seed: number;
  /** Budget: fast-check runs per property and per model-based run. */
  runs: number;
  strict: boolean;
  /** Clause ids or check codes to restrict the run to; empty means all. */
  only: string[];
  /** Per-request timeout. */
  timeoutMs: number;
  /** Parallel command sequences / requests in flight. */
  concurrency: number;
  shard?: { index: number; count: number };
  /** Whole-run deadline; unset means none. */
  maxTimeMs?: number;
  /** The deadline as a point in time (ms since the epoch), fixed when the run starts. */
  deadlineAt?: number;
  /** Prefix of every unique and matching value this run writes; isolates parallel runs. */
  runId: string;
}

export const SETTINGS_ENV = 'CRMC_SETTINGS';

export const DEFAULTS = { runs: 25, timeoutMs: 10_000, concurrency: 4, seed: 0 } as const;

export function newRunId(): string {
  return `crmc${randomBytes(4).toString('hex')}`;
}

/** Fixes the deadline of a run that has --max-time, at the moment the run starts. */
export function withDeadline(settings: RunSettings, now = Date.now()): RunSettings {
  if (settings.maxTimeMs === undefined || settings.deadlineAt !== undefined) return settings;
  return { ...settings, deadlineAt: now + settings.maxTimeMs };
}

export function encodeSettings(settings: RunSettings): string {
  return JSON.stringify(settings);
}

/** Settings as the suites see them; a missing or broken value is a usage error, not a crash. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): RunSettings {
  const raw = env[SETTINGS_ENV];
  if (raw === undefined || raw === '') {
    throw new CrmcError('CRMC_USAGE', `${SETTINGS_ENV} is not set: run the suites with "crm-conformance run"`);
  }
  try {
    return JSON.parse(raw) as RunSettings;
  } catch {
    throw new CrmcError('CRMC_USAGE', `${SETTINGS_ENV} is not valid JSON`);
  }
}
