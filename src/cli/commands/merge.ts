/**
 * `crm-conformance merge DIR... [--report-dir OUT]`: merges shard reports (directories holding
 * report.json, or report.json files) into one and writes every format. Exits with the merged
 * report's exit code, so a CI merge job is the gate. Reports that are not shards of one run are
 * refused (exit 2, one line naming the difference); a missing shard is exit 2 as well.
 */
import { resolve } from 'node:path';
import { CrmcError } from '../../core/errors.ts';
import { readReport } from '../../reporters/json-report.ts';
import { mergeReports } from '../../reporters/merge-reports.ts';
import { writeReports } from '../../reporters/write-reports.ts';
import { printSummary, stderrLine, stdoutOut } from '../console-output.ts';
import { boolFlag, parseFlags, stringFlag } from '../parse-flags.ts';
import { defaultReportDir, linkLatest } from '../report-dir.ts';

export const MERGE_FLAGS = {
  'report-dir': { type: 'string' },
  quiet: { type: 'boolean' },
} as const;

export async function mergeCommand(args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const flags = parseFlags('merge', args, MERGE_FLAGS, Number.MAX_SAFE_INTEGER);
  if (flags.positionals.length === 0) throw new CrmcError('CRMC_USAGE', 'merge needs at least one report directory (see "crm-conformance help merge")');
  const reports = flags.positionals.map((path) => readReport(resolve(cwd, path)));
  const merged = mergeReports(reports, flags.positionals);
  const explicit = stringFlag(flags, 'report-dir');
  const dir = explicit === undefined ? defaultReportDir(cwd, new Date(), 'merged') : resolve(cwd, explicit);
  const written = writeReports(dir, merged, { secrets: [], env });
  for (const problem of written.problems) stderrLine(`warning: report.json does not match its schema (written all the same): ${problem}`);
  if (explicit === undefined) linkLatest(dir);
  printSummary(stdoutOut(), written.report, written.html, boolFlag(flags, 'quiet') ?? false);
  const stopped = written.report.run.stopped;
  if (written.report.summary.exitCode === 2 && stopped !== undefined) stderrLine(`${stopped.message} (${stopped.code})`);
  return written.report.summary.exitCode;
}
