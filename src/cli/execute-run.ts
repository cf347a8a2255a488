/**
 * One conformance run from resolved settings to its report, shared by `crm-conformance run` and
 * the library's `run()`: start the API's reference server when no base URL is given (with the
 * faults or style asked for), probe the target, run the cases with the chosen runner, and build
 * the report. Nothing is printed or written here; `hooks` hear what happens.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { CrmApi, ReferenceStart, ReferenceTarget } from '../apis/crm-api.ts';
import { sourcesOf } from '../contract/sources.ts';
import { CrmcError } from '../core/errors.ts';
import type { CaseOutcome } from '../core/findings.ts';
import { secretHeaderValues } from '../http/redact.ts';
import { probeObjects } from '../probe/probe-target.ts';
import { buildReport } from '../report/build-report.ts';
import type { RunReport } from '../report/report-types.ts';
import type { RunSettings } from '../runner/settings.ts';
import { checkTargetNeeds, reportedApiSettings } from './api-settings.ts';
import type { SuiteProgress } from './suite-progress.ts';
import type { ResolvedRun } from './resolve-settings.ts';
import { plainHttpWarning } from './validate.ts';
import { toolVersion } from './version.ts';

export interface ExecuteHooks {
  /** A warning about the setup (plain HTTP, a probe's remark); the run goes on. */
  warn?(line: string): void;
  /** The target is ready and the cases are about to start. */
  started?(settings: Readonly<RunSettings>): void;
  suite?(progress: SuiteProgress): void;
}

export interface ExecutedRun {
  report: RunReport;
  /** The run's tokens and secret header values, for the writers to redact. */
  secrets: string[];
  startedAt: Date;
}

/** A gate must not pass on a run that tested nothing. A shard may legitimately get no case. */
function nothingTested(outcomes: readonly CaseOutcome[], settings: RunSettings): { code: string; message: string } | undefined {
  if (outcomes.length === 0) {
    if (settings.shard !== undefined) return undefined;
    return { code: 'CRMC_USAGE', message: `no test case matched${settings.only.length > 0 ? ` --only ${settings.only.join(', ')}` : ''}` };
  }
  if (outcomes.every((o) => o.requests === 0)) return { code: 'CRMC_INTERNAL', message: 'the test cases sent no request to the target' };
  return undefined;
}

const apiSettingsMember = (kept: Record<string, string> | undefined) => (kept === undefined ? {} : { apiSettings: kept });

function useEmbedded(settings: RunSettings, api: CrmApi, server: ReferenceTarget): void {
  const embedded = api.reference;
  settings.baseUrl = server.url;
  settings.token = embedded.token;
  settings.readToken = embedded.readToken;
  if (settings.members.length === 0) settings.members = [...embedded.members];
  if (settings.objects.length === 0) settings.objects = [...embedded.objects];
  if (embedded.settings !== undefined) settings.apiSettings = { ...embedded.settings };
}

/** Starts the embedded server or checks the real target; resolves with the server to close, if any. */
async function prepareTarget(api: CrmApi, settings: RunSettings, reference: ReferenceStart, hooks: ExecuteHooks): Promise<ReferenceTarget | undefined> {
  if (settings.embedded) {
    const server = await api.reference.start({ ...reference, port: 0 });
    try {
      useEmbedded(settings, api, server);
      await probeObjects(settings.baseUrl, settings.objects, settings.token, settings.headers ?? {}, undefined, api.probeAccess(settings));
    } catch (error) {
      await server.close();
      throw error;
    }
    return server;
  }
  checkTargetNeeds(api, settings);
  // The API cannot list objects, and writing to one the user did not name is not ours to do.
  if (settings.objects.length === 0) throw new CrmcError('CRMC_USAGE', 'name the objects to test with --object SLUG (repeatable) or "objects" in the config file');
  const warning = plainHttpWarning(settings.baseUrl);
  if (warning !== undefined) hooks.warn?.(warning);
  for (const line of await api.probeSetup(settings)) hooks.warn?.(line);
  return undefined;
}

/** Runs `api` as `resolved` says; `reference` is how the embedded server starts when it is the target. */
export async function executeRun(api: CrmApi, resolved: ResolvedRun, hooks: ExecuteHooks = {}, reference: ReferenceStart = {}): Promise<ExecutedRun> {
  const { settings } = resolved;
  // Loaded only when used, and before anything starts: vitest's start-up is what the default runner saves.
  const runSuites = resolved.runner === 'vitest' ? await (await import('./load-suites-runner.ts')).loadSuitesRunner() : undefined;
  const server = await prepareTarget(api, settings, reference, hooks);
  try {
    hooks.started?.(settings);
    // The probe is not paced: the paced suites start a second after it, so no one-second window holds both.
    if (settings.rate !== undefined) await sleep(1_000);
    const startedAt = new Date();
    const started = performance.now();
    const events = hooks.suite === undefined ? {} : { onSuite: hooks.suite };
    const result = runSuites !== undefined ? await runSuites(settings, events) : await (await import('./run-engine.ts')).runEngine(settings, api, events);
    const wallMs = Math.round(performance.now() - started);
    const empty = nothingTested(result.outcomes, settings);
    if (empty !== undefined && result.stopped === undefined) result.stopped = empty;
    const report = buildReport({
      catalogue: api.clauses(),
      checks: api.checks,
      outcomes: result.outcomes,
      version: toolVersion(),
      spec: api.spec,
      sources: sourcesOf(api.clauses()),
      ...(settings.rate === undefined ? {} : { rate: settings.rate }),
      target: {
        baseUrl: settings.baseUrl,
        embedded: settings.embedded,
        objects: settings.objects,
        members: settings.members,
        ...apiSettingsMember(reportedApiSettings(api, settings)),
      },
      run: {
        id: settings.runId,
        seed: settings.seed,
        runs: settings.runs,
        strict: settings.strict,
        ...(settings.allowUntested === true ? { allowUntested: true as const } : {}),
        only: settings.only,
        ...(settings.shard === undefined ? {} : { shard: settings.shard }),
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        wallMs,
        runner: resolved.runner,
        ...(result.stopped === undefined ? {} : { stopped: result.stopped }),
      },
    });
    const secrets = [settings.token, settings.readToken ?? '', ...secretHeaderValues(settings.headers)];
    return { report, secrets, startedAt };
  } finally {
    await server?.close();
  }
}
