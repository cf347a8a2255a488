/**
 * Resolves the run's settings from flags, environment, config file and defaults, in that order
 * of precedence, validating every value. The embedded target's URL and tokens are filled in
 * later, once its server listens.
 */
import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import { CrmcError } from '../core/errors.ts';
import { DEFAULTS, newRunId, type RunSettings } from '../runner/settings.ts';
import { MAX_RATE } from '../http/token-bucket.ts';
import type { LoadedConfig } from './load-config.ts';
import { boolFlag, stringFlag, type ParsedFlags } from './parse-flags.ts';
import { parseHeaders } from './parse-headers.ts';
import { parseBaseUrl, parseBoolean, parseDuration, parseInteger, parseList, parseRunId, parseShard, parseToken, type Origin } from './validate.ts';
import type { CrmApi } from '../apis/crm-api.ts';
import { resolveApiSettings } from './api-settings.ts';

export interface ResolvedRun {
  settings: RunSettings;
  /** Explicit report directory; undefined means reports/<timestamp>/. */
  reportDir?: string;
  quiet: boolean;
  /** How the cases run: in this process (the default) or as vitest tests. */
  runner: Runner;
  /** True when no seed was given and one was drawn. */
  randomSeed: boolean;
  /** Tokens that were given but will not be used (no base URL: embedded target). */
  ignoredToken: boolean;
}

export const RUNNERS = ['engine', 'vitest'] as const;
export type Runner = (typeof RUNNERS)[number];

function parseRunner(raw: unknown, origin: Origin): Runner {
  if (RUNNERS.includes(raw as Runner)) return raw as Runner;
  throw new CrmcError(origin.code, `${origin.name}: expected one of ${RUNNERS.join(', ')}, got ${JSON.stringify(raw)}`);
}

interface Source<T> {
  value: T | undefined;
  origin: Origin;
}

/** The first source that holds a value, with the origin to blame if it is bad. */
function pick(flags: ParsedFlags, flag: string, env: NodeJS.ProcessEnv, envName: string | undefined, file: LoadedConfig, key: string): Source<unknown> {
  const fromFlag = flags.values[flag];
  if (fromFlag !== undefined && !(Array.isArray(fromFlag) && fromFlag.length === 0)) return { value: fromFlag, origin: { name: `--${flag}`, code: 'CRMC_USAGE' } };
  const fromEnv = envName === undefined ? undefined : env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return { value: fromEnv, origin: { name: envName!, code: 'CRMC_CONFIG_INVALID' } };
  const fromFile = (file.config as Record<string, unknown>)[key];
  return { value: fromFile, origin: { name: `${file.file ?? 'config'}: ${key}`, code: 'CRMC_CONFIG_INVALID' } };
}

/** The longest per-request timeout: a target slower than this is down for any practical purpose. */
export const MAX_TIMEOUT_MS = 600_000;

/** `api` is the API the run tests (see chooseApi): its name, and its own settings to read. */
export function resolveRun(flags: ParsedFlags, env: NodeJS.ProcessEnv, file: LoadedConfig, cwd: string, api: Pick<CrmApi, 'name' | 'settings'>): ResolvedRun {
  const get = (flag: string, key: string, envName?: string) => pick(flags, flag, env, envName, file, key);
  const int = (flag: string, key: string, min: number, fallback: number, max?: number) => {
    const s = get(flag, key);
    return s.value === undefined ? fallback : parseInteger(s.value, s.origin, min, max);
  };
  const list = (flag: string, key: string, kind: 'uuid' | 'slug' | 'id') => {
    const s = get(flag, key);
    return s.value === undefined ? [] : parseList(s.value, s.origin, kind);
  };

  const base = get('base-url', 'baseUrl', 'CRM_BASE_URL');
  const baseUrl = base.value === undefined ? undefined : parseBaseUrl(base.value, base.origin);
  const token = get('token', 'token', 'CRM_TOKEN');
  const readToken = get('read-token', 'readToken', 'CRM_READ_TOKEN');
  if (baseUrl !== undefined && token.value === undefined) {
    throw new CrmcError('CRMC_USAGE', `${base.origin.name} needs a token: pass --token or set CRM_TOKEN`);
  }
  const seedSource = get('seed', 'seed');
  const randomSeed = seedSource.value === undefined;
  const shard = get('shard', 'shard');
  const runId = get('run-id', 'runId');
  const maxTime = get('max-time', 'maxTimeMs', 'CRM_MAX_TIME');
  const timeout = get('timeout', 'timeoutMs', 'CRM_TIMEOUT');
  const headers = get('header', 'headers');
  const rate = get('rate', 'rate', 'CRM_RATE');
  const strict = get('strict', 'strict');
  const allowUntested = get('allow-untested', 'allowUntested', 'CRM_ALLOW_UNTESTED');
  const quietFlag = boolFlag(flags, 'quiet');
  const runner = get('runner', 'runner', 'CRM_RUNNER');
  const reportDirFlag = stringFlag(flags, 'report-dir');
  const reportDir = reportDirFlag !== undefined ? resolve(cwd, reportDirFlag) : file.config.reportDir !== undefined ? resolve(file.dir, file.config.reportDir) : undefined;

  const settings: RunSettings = {
    api: api.name,
    baseUrl: baseUrl ?? '',
    embedded: baseUrl === undefined,
    token: baseUrl === undefined ? '' : parseToken(token.value, token.origin),
    objects: list('object', 'objects', 'slug'),
    members: list('member', 'members', 'uuid'),
    seed: randomSeed ? randomInt(0, 2 ** 31 - 1) : parseInteger(seedSource.value, seedSource.origin, 0, 2 ** 31 - 1),
    runs: int('runs', 'runs', 1, DEFAULTS.runs, 100_000),
    strict: strict.value === undefined ? false : parseBoolean(strict.value, strict.origin),
    only: list('only', 'only', 'id'),
    timeoutMs: timeout.value === undefined ? DEFAULTS.timeoutMs : parseDuration(timeout.value, timeout.origin, 1, MAX_TIMEOUT_MS),
    concurrency: int('concurrency', 'concurrency', 1, DEFAULTS.concurrency, 64),
    runId: runId.value === undefined ? newRunId() : parseRunId(runId.value, runId.origin),
  };
  if (baseUrl !== undefined && readToken.value !== undefined) settings.readToken = parseToken(readToken.value, readToken.origin);
  if (allowUntested.value !== undefined && parseBoolean(allowUntested.value, allowUntested.origin)) settings.allowUntested = true;
  if (shard.value !== undefined) settings.shard = parseShard(shard.value, shard.origin);
  if (maxTime.value !== undefined) settings.maxTimeMs = parseDuration(maxTime.value, maxTime.origin, 1);
  if (headers.value !== undefined) settings.headers = parseHeaders(headers.value, headers.origin);
  if (rate.value !== undefined) settings.rate = parseInteger(rate.value, rate.origin, 1, MAX_RATE);
  const maxFailures = get('max-failures', 'maxFailures');
  if (maxFailures.value !== undefined) settings.maxFailures = parseInteger(maxFailures.value, maxFailures.origin, 1, 100_000);
  const apiSettings = resolveApiSettings(api, get);
  if (apiSettings !== undefined) settings.apiSettings = apiSettings;
  return {
    settings,
    ...(reportDir === undefined ? {} : { reportDir }),
    quiet: quietFlag ?? file.config.quiet ?? false,
    runner: runner.value === undefined ? 'engine' : parseRunner(runner.value, runner.origin),
    randomSeed,
    ignoredToken: baseUrl === undefined && (token.value !== undefined || readToken.value !== undefined),
  };
}

/** Flags of `run` every API has, for parseFlags; an API's own settings add theirs (apiFlags). */
export const RUN_FLAGS = {
  api: { type: 'string' },
  'base-url': { type: 'string' },
  token: { type: 'string' },
  'read-token': { type: 'string' },
  object: { type: 'string', multiple: true },
  member: { type: 'string', multiple: true },
  seed: { type: 'string' },
  'run-id': { type: 'string' },
  runs: { type: 'string' },
  strict: { type: 'boolean' },
  'allow-untested': { type: 'boolean' },
  only: { type: 'string', multiple: true },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  rate: { type: 'string' },
  'report-dir': { type: 'string' },
  shard: { type: 'string' },
  'max-time': { type: 'string' },
  'max-failures': { type: 'string' },
  header: { type: 'string', multiple: true },
  config: { type: 'string' },
  quiet: { type: 'boolean' },
  runner: { type: 'string' },
} as const;

