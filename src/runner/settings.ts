/**
 * The settings of one conformance run, as the CLI resolves them (flags > env > config file) and
 * as the suites read them. They travel to suite workers as JSON in CRMC_SETTINGS.
 */
import { randomBytes } from 'node:crypto';
import type { ApiName } from '../contract/load-spec.ts';
import { CrmcError } from '../core/errors.ts';

export interface RunSettings {
  /** The API the target claims to implement; it picks the spec, the suites and the embedded server. */
  api: ApiName;
  /** API root the paths start below, e.g. https://api.zeeg.me/v2 (no trailing slash). */
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
  /** The run may exit 0 although selected MUST clauses were not exercised (--allow-untested); its verdict still says INCOMPLETE. */
  allowUntested?: boolean;
  /** Clause ids or check codes to restrict the run to; empty means all. */
  only: string[];
  /** Per-request timeout. */
  timeoutMs: number;
  /** Parallel command sequences / requests in flight. */
  concurrency: number;
  /** Requests a second at most, in any one-second window, for the whole run (--rate); unset means unpaced. */
  rate?: number;
  shard?: { index: number; count: number };
  /** Whole-run deadline, counted from the run's first request to the target; unset means none. */
  maxTimeMs?: number;
  /** The deadline as a point in time (ms since the epoch), fixed where the requests start (see withDeadline). */
  deadlineAt?: number;
  /** Stop the run once this many finding groups fail it (--max-failures); unset means never. */
  maxFailures?: number;
  /** Values of the API's own settings (CrmApi.settings), by key. */
  apiSettings?: Readonly<Record<string, string>>;
  /** Headers sent on every request to the target (--header); secret ones are redacted in reports. */
  headers?: Record<string, string>;
  /** Prefix of every unique and matching value this run writes; isolates parallel runs. */
  runId: string;
}

export const SETTINGS_ENV = 'CRMC_SETTINGS';

export const DEFAULTS = { runs: 25, timeoutMs: 10_000, concurrency: 16, seed: 0 } as const;

export function newRunId(): string {
  return `crmc${randomBytes(4).toString('hex')}`;
}

/** Fixes the deadline of a run that has --max-time, at `now`: the moment its requests start. */
export function withDeadline(settings: RunSettings, now = Date.now()): RunSettings {
  if (settings.maxTimeMs === undefined || settings.deadlineAt !== undefined) return settings;
  return { ...settings, deadlineAt: now + settings.maxTimeMs };
}

/** The deadline this process fixed for a run id: every suite file a worker runs shares it. */
const fixedDeadlines = new Map<string, number>();

export function encodeSettings(settings: RunSettings): string {
  return JSON.stringify(settings);
}

/**
 * Settings as the suites see them; a missing or broken value is a usage error, not a crash.
 * The CLI sends --max-time without a deadline: a worker fixes it when it first reads the
 * settings, just before its first request, so starting vitest does not eat into the budget.
 */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env, now = Date.now()): RunSettings {
  const raw = env[SETTINGS_ENV];
  if (raw === undefined || raw === '') {
    throw new CrmcError('CRMC_USAGE', `${SETTINGS_ENV} is not set: run the suites with "crm-conformance run"`);
  }
  let settings: RunSettings;
  try {
    settings = JSON.parse(raw) as RunSettings;
  } catch {
    throw new CrmcError('CRMC_USAGE', `${SETTINGS_ENV} is not valid JSON`);
  }
  if (settings.maxTimeMs === undefined || settings.deadlineAt !== undefined) return settings;
  const deadlineAt = fixedDeadlines.get(settings.runId) ?? withDeadline(settings, now).deadlineAt!;
  fixedDeadlines.set(settings.runId, deadlineAt);
  return { ...settings, deadlineAt };
}
