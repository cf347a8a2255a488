/**
 * `crm-conformance run`: resolve settings, start the embedded reference server when no target
 * is given, probe the target, run the suites, build and write the reports, print the summary.
 * Returns the exit code the report carries.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { CrmApi, ReferenceTarget } from '../../apis/crm-api.ts';
import { CrmcError } from '../../core/errors.ts';
import type { CaseOutcome } from '../../core/findings.ts';
import { secretHeaderValues } from '../../http/redact.ts';
import { buildReport } from '../../report/build-report.ts';
import type { RunSettings } from '../../runner/settings.ts';
import { writeReports } from '../../reporters/write-reports.ts';
import { printSuite, printSummary, stderrLine, stdoutOut } from '../console-output.ts';
import { checkApiKeys, loadConfig } from '../load-config.ts';
import { parseFlags } from '../parse-flags.ts';
import { apiConfigKeys, apiFlags, booleanFlags, chooseApi, checkTargetNeeds, earlyFlags, reportedApiSettings } from '../api-settings.ts';
import { probeObjects } from '../../probe/probe-target.ts';
import { plainHttpWarning } from '../validate.ts';
import { defaultReportDir, linkLatest } from '../report-dir.ts';
import { resolveRun, RUN_FLAGS } from '../resolve-settings.ts';
import { toolVersion } from '../version.ts';
import type { SuiteProgress } from '../outcome-reporter.ts';

/** Every --only entry must name a clause of the API's catalogue or one of its checks. */
export function checkOnly(api: CrmApi, only: readonly string[]): void {
  const catalogue = api.clauses();
  const codes = new Set(api.checks.map((c) => c.code));
  for (const id of only) {
    if (!catalogue.byId.has(id) && !codes.has(id)) {
      throw new CrmcError('CRMC_USAGE', `--only: "${id}" is neither a clause id nor a check code (see the clause matrix in any report)`);
    }
  }
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

export async function runCommand(args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const early = earlyFlags(args, booleanFlags(RUN_FLAGS));
  const config = await loadConfig(cwd, early.config);
  const api = await chooseApi(early.api, env, config, cwd);
  checkApiKeys(config, apiConfigKeys(api));
  const flags = parseFlags('run', args, { ...RUN_FLAGS, ...apiFlags(api) });
  const resolved = resolveRun(flags, env, config, cwd, api);
  const { settings, quiet } = resolved;
  checkOnly(api, settings.only);
  const catalogue = api.clauses();
  const out = stdoutOut();

  if (resolved.ignoredToken) stderrLine('warning: a token is set but no base URL; testing the embedded reference server instead');
  let server: ReferenceTarget | undefined;
  try {
    if (settings.embedded) {
      server = await api.reference.start({ port: 0 });
      useEmbedded(settings, api, server);
      await probeObjects(settings.baseUrl, settings.objects, settings.token, settings.headers ?? {}, undefined, api.probeAccess(settings));
    } else {
      checkTargetNeeds(api, settings);
      // The API cannot list objects, and writing to one the user did not name is not ours to do.
      if (settings.objects.length === 0) throw new CrmcError('CRMC_USAGE', 'name the objects to test with --object SLUG (repeatable) or "objects" in the config file');
      const warning = plainHttpWarning(settings.baseUrl);
      if (warning !== undefined) stderrLine(warning);
      for (const line of await api.probeSetup(settings)) stderrLine(line);
    }
    if (!quiet) {
      const seedNote = resolved.randomSeed ? ` (random; repeat with --seed ${settings.seed} --run-id ${settings.runId})` : '';
      out.write(`crm-conformance ${toolVersion()}: ${api.name} (${api.spec.title} ${api.spec.version}), ${settings.embedded ? 'embedded reference server' : settings.baseUrl}, seed ${settings.seed}${seedNote}, ${settings.runs} runs${settings.rate === undefined ? '' : `, at most ${settings.rate} requests a second`}\n`);
    }
    // The probe is not paced: the paced suites start a second after it, so no one-second window holds both.
    if (settings.rate !== undefined) await sleep(1_000);
    const startedAt = new Date();
    const started = performance.now();
    const events = quiet ? {} : { onSuite: (p: SuiteProgress) => printSuite(out, p) };
    // Loaded only when used: vitest's start-up is what the default runner saves.
    const result = resolved.runner === 'vitest' ? await (await import('../run-suites.ts')).runSuites(settings, events) : await (await import('../run-engine.ts')).runEngine(settings, api, events);
    const wallMs = Math.round(performance.now() - started);
    const empty = nothingTested(result.outcomes, settings);
    if (empty !== undefined && result.stopped === undefined) result.stopped = empty;
    const report = buildReport({
      catalogue,
      checks: api.checks,
      outcomes: result.outcomes,
      version: toolVersion(),
      spec: api.spec,
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
    const dir = resolved.reportDir ?? defaultReportDir(cwd, startedAt, settings.shard === undefined ? undefined : `shard${settings.shard.index}of${settings.shard.count}`);
    const secrets = [settings.token, settings.readToken ?? '', ...secretHeaderValues(settings.headers)];
    const written = writeReports(dir, report, { secrets, env });
    for (const problem of written.problems) stderrLine(`warning: report.json does not match its schema (written all the same): ${problem}`);
    if (resolved.reportDir === undefined) linkLatest(dir);
    printSummary(out, written.report, written.html, quiet);
    return written.report.summary.exitCode;
  } finally {
    await server?.close();
  }
}
