/**
 * The suite's own pace: one in-process run (runConformance) of an API timed, with the requests
 * it sent as the engine counts them. Against a given server (the bench's reference process), or
 * against a fresh in-process reference server of the API that also counts the requests by kind.
 */
import type { CrmApi } from '../src/apis/crm-api.ts';
import type { CaseOutcome } from '../src/core/findings.ts';
import { runConformance } from '../src/suites/run-conformance.ts';
import { DEFAULTS, type RunSettings } from '../src/runner/settings.ts';
import { countingLog, type RequestMix } from './request-mix.ts';

export interface SuiteRunOptions {
  runs?: number;
  concurrency?: number;
  seed?: number;
  objects?: string[];
  only?: string[];
  /** Run id; distinct ids keep repeated runs against one server apart. */
  runId?: string;
}

export interface SuiteRunFigures {
  runs: number;
  concurrency: number;
  cases: number;
  /** Requests the engine sent (sum over cases). */
  requests: number;
  wallMs: number;
  requestsPerSecond: number;
  findings: number;
  errors: number;
}

/** Settings of a run against an API's reference server at `baseUrl`, its fixtures' credentials and objects. */
export function benchSettings(api: CrmApi, baseUrl: string, options: SuiteRunOptions): RunSettings {
  const embedded = api.reference;
  return {
    api: api.name, baseUrl, embedded: true, token: embedded.token, readToken: embedded.readToken,
    ...(embedded.settings === undefined ? {} : { apiSettings: { ...embedded.settings } }),
    objects: options.objects ?? [...embedded.objects], members: [...embedded.members],
    seed: options.seed ?? 1, runs: options.runs ?? DEFAULTS.runs, strict: false, only: options.only ?? [],
    timeoutMs: DEFAULTS.timeoutMs, concurrency: options.concurrency ?? DEFAULTS.concurrency, runId: options.runId ?? 'crmcbench',
  };
}

/** One timed run of an API's suites against `baseUrl`. */
export async function runSuiteAgainst(api: CrmApi, baseUrl: string, options: SuiteRunOptions = {}): Promise<{ figures: SuiteRunFigures; outcomes: CaseOutcome[] }> {
  const settings = benchSettings(api, baseUrl, options);
  const started = performance.now();
  const outcomes = await runConformance(settings, api);
  const wallMs = performance.now() - started;
  const requests = outcomes.reduce((sum, o) => sum + o.requests, 0);
  const figures: SuiteRunFigures = {
    runs: settings.runs,
    concurrency: settings.concurrency,
    cases: outcomes.length,
    requests,
    wallMs: Math.round(wallMs),
    requestsPerSecond: Math.round((requests / wallMs) * 1000),
    findings: outcomes.reduce((sum, o) => sum + o.findings.length, 0),
    errors: outcomes.filter((o) => o.error !== undefined).length,
  };
  return { figures, outcomes };
}

/** One run against a fresh in-process reference server with `faults` on; also counts requests by kind. */
export async function runSuiteInProcess(api: CrmApi, options: SuiteRunOptions & { faults?: string[] } = {}): Promise<{ figures: SuiteRunFigures; outcomes: CaseOutcome[]; mix: RequestMix }> {
  const log = countingLog();
  const server = await api.reference.start({ faults: options.faults ?? [], log: log.stream });
  try {
    return { ...(await runSuiteAgainst(api, server.url, options)), mix: log.mix };
  } finally {
    await server.close();
  }
}
