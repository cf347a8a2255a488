/**
 * `run(options)`: one conformance run from a program, with the settings a config file takes.
 * Without `baseUrl` it tests the API's embedded reference server, started with `reference`
 * (faults, the lenient style). It prints nothing; it writes the report files only when
 * `reportDir` is given, and resolves with the report and the exit code the CLI would give.
 * Settings problems reject with a CrmcError (CRMC_CONFIG_INVALID, CRMC_USAGE, ...).
 *
 *   import { run } from 'crm-conformance';
 *   const { report, exitCode } = await run({ api: 'hubspot', runs: 10 });
 */
import { resolve } from 'node:path';
import { apiNamed, DEFAULT_API } from '../apis/index.ts';
import type { ReferenceStart } from '../apis/crm-api.ts';
import { checkOnly } from '../cli/commands/run.ts';
import type { CrmConformanceConfig } from '../cli/define-config.ts';
import { executeRun } from '../cli/execute-run.ts';
import { checkApiKeys, checkConfig } from '../cli/load-config.ts';
import { apiConfigKeys } from '../cli/api-settings.ts';
import type { SuiteProgress } from '../cli/suite-progress.ts';
import { resolveRun } from '../cli/resolve-settings.ts';
import type { RunReport, RunVerdict } from '../report/report-types.ts';
import { writeReports, type WrittenReports } from '../reporters/write-reports.ts';

export interface RunOptions extends Omit<CrmConformanceConfig, 'quiet'> {
  /** How the embedded reference server starts when no baseUrl is given: its faults, its style. */
  reference?: Pick<ReferenceStart, 'faults' | 'style' | 'latencyMs'>;
  /** Relative reportDir and config paths resolve against this; the process's directory by default. */
  cwd?: string;
  /** Called once per suite as it finishes. */
  onSuite?(progress: SuiteProgress): void;
}

export interface RunResult {
  /** The report as report.json holds it (redacted when written). */
  report: RunReport;
  verdict: RunVerdict;
  /** 0 conformant, 1 findings fail the run, 2 the run could not be judged (as the CLI exits). */
  exitCode: 0 | 1 | 2;
  /** The files written, when reportDir was given. */
  written?: WrittenReports;
}

export async function run(options: RunOptions = {}): Promise<RunResult> {
  const { reference = {}, cwd = process.cwd(), onSuite, ...config } = options;
  const file = { dir: cwd, config: checkConfig('run() options', config, 'later') };
  const api = await apiNamed(file.config.api ?? DEFAULT_API, 'api', cwd);
  checkApiKeys(file, apiConfigKeys(api));
  // Only the options given count: no flags, and none of the process's CRM_* variables.
  const resolved = resolveRun({ values: {}, positionals: [] }, {}, file, cwd, api);
  checkOnly(api, resolved.settings.only);
  const { report, secrets } = await executeRun(api, resolved, onSuite === undefined ? {} : { suite: onSuite }, reference);
  if (resolved.reportDir === undefined) return result(report);
  const written = writeReports(resolve(cwd, resolved.reportDir), report, { secrets, env: {} });
  return { ...result(written.report), written };
}

function result(report: RunReport): RunResult {
  // buildReport always gives the verdict; only reports of older versions lack it.
  return { report, verdict: report.summary.verdict ?? 'INCOMPLETE', exitCode: report.summary.exitCode };
}
