/**
 * Writes every report format of one run into a directory. The report is redacted first, and
 * every written file is checked once more for the run's tokens before this returns.
 */
import { mkdirSync, readFileSync, unlinkSync } from 'node:fs';
import { CrmcError } from '../core/errors.ts';
import type { RunReport } from '../report/report-types.ts';
import { writeHtmlReport } from './html-report.ts';
import { writeJsonReport } from './json-report.ts';
import { writeJunitReport } from './junit-report.ts';
import { appendStepSummary, writeMarkdownSummary } from './markdown-summary.ts';
import { isFreeOfSecrets, redactReport } from './redact.ts';
import { writeReproScripts } from './repro-files.ts';

export interface WrittenReports {
  dir: string;
  json: string;
  html: string;
  junit: string;
  markdown: string;
  /** $GITHUB_STEP_SUMMARY when the summary was appended to it. */
  stepSummary?: string;
  /** The report as written (redacted). */
  report: RunReport;
  /** Where report.json breaks its schema (it is written all the same); empty when it does not. */
  problems: string[];
}

export interface WriteOptions {
  /** The run's tokens: removed from everything written. */
  secrets: readonly string[];
  env?: NodeJS.ProcessEnv;
}

export function writeReports(dir: string, report: RunReport, options: WriteOptions): WrittenReports {
  const safe = redactReport(report, options.secrets);
  mkdirSync(dir, { recursive: true });
  const { file: json, problems } = writeJsonReport(dir, safe);
  const html = writeHtmlReport(dir, safe);
  const junit = writeJunitReport(dir, safe);
  const markdown = writeMarkdownSummary(dir, safe, html);
  const scripts = writeReproScripts(dir, safe);
  for (const file of [json, html, junit, markdown, ...scripts]) {
    if (!isFreeOfSecrets(readFileSync(file, 'utf8'), options.secrets)) {
      unlinkSync(file);
      throw new CrmcError('CRMC_INTERNAL', `a token survived redaction in ${file}`);
    }
  }
  const stepSummary = appendStepSummary(safe, options.env ?? process.env, html);
  return { dir, json, html, junit, markdown, report: safe, problems, ...(stepSummary === undefined ? {} : { stepSummary }) };
}
