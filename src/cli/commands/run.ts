/**
 * `crm-conformance run`: resolve settings, run them (execute-run.ts: the embedded reference
 * server when no target is given, the probe, the suites, the report), write the reports and
 * print the summary. Returns the exit code the report carries.
 */
import type { CrmApi } from '../../apis/crm-api.ts';
import { CrmcError } from '../../core/errors.ts';
import type { RunSettings } from '../../runner/settings.ts';
import { writeReports } from '../../reporters/write-reports.ts';
import { apiLine, printSuite, printSummary, stderrLine, stdoutOut } from '../console-output.ts';
import { executeRun } from '../execute-run.ts';
import { apiConfigKeys, apiFlags, booleanFlags, chooseApi, earlyFlags } from '../api-settings.ts';
import { checkApiKeys, loadConfig } from '../load-config.ts';
import { parseFlags } from '../parse-flags.ts';
import { defaultReportDir, linkLatest } from '../report-dir.ts';
import { resolveRun, RUN_FLAGS } from '../resolve-settings.ts';
import { toolVersion } from '../version.ts';

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

export async function runCommand(args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const early = earlyFlags(args, booleanFlags(RUN_FLAGS));
  const config = await loadConfig(cwd, early.config);
  const api = await chooseApi(early.api, env, config, cwd);
  checkApiKeys(config, apiConfigKeys(api));
  const flags = parseFlags('run', args, { ...RUN_FLAGS, ...apiFlags(api) });
  const resolved = resolveRun(flags, env, config, cwd, api);
  const { settings, quiet } = resolved;
  checkOnly(api, settings.only);
  const out = stdoutOut();

  if (resolved.ignoredToken) stderrLine('warning: a token is set but no base URL; testing the embedded reference server instead');
  const started = (s: Readonly<RunSettings>): void => {
    const seedNote = resolved.randomSeed ? ` (random; repeat with --seed ${s.seed} --run-id ${s.runId})` : '';
    out.write(`crm-conformance ${toolVersion()}: ${apiLine({ api: api.name }, api.spec)}, ${s.embedded ? 'embedded reference server' : s.baseUrl}, seed ${s.seed}${seedNote}, ${s.runs} runs${s.rate === undefined ? '' : `, at most ${s.rate} requests a second`}\n`);
  };
  const { report, secrets, startedAt } = await executeRun(api, resolved, {
    warn: stderrLine,
    ...(quiet ? {} : { started, suite: (p) => printSuite(out, p) }),
  });
  const dir = resolved.reportDir ?? defaultReportDir(cwd, startedAt, settings.shard === undefined ? undefined : `shard${settings.shard.index}of${settings.shard.count}`);
  const written = writeReports(dir, report, { secrets, env });
  for (const problem of written.problems) stderrLine(`warning: report.json does not match its schema (written all the same): ${problem}`);
  if (resolved.reportDir === undefined) linkLatest(dir);
  printSummary(out, written.report, written.html, quiet);
  return written.report.summary.exitCode;
}
