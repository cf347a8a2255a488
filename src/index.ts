/**
 * The package entry: what a config file or a program imports from 'crm-conformance'. The README's
 * "Library" section documents each export. Importing this loads no API: each loads when named.
 */
// Running: the whole run as the CLI does it, or the bare engine over settings you resolve yourself.
export { run, type RunOptions, type RunResult } from './library/run.ts';
export { runConformance, planCases, type RunHooks } from './suites/run-conformance.ts';
export type { RunSettings } from './runner/settings.ts';
export { main } from './cli/main.ts';
export { defineConfig, type CrmConformanceConfig } from './cli/define-config.ts';

// The APIs: the registry, and each API's reference server (with faults, or as its lenient twin).
export { API_NAMES, apiNamed, isApiName, testableApis } from './apis/index.ts';
export type { CrmApi, EmbeddedTarget, ReferenceStart, ReferenceTarget } from './apis/crm-api.ts';
export type { ApiName } from './contract/load-spec.ts';
export type { Clause, ClauseCatalogue } from './contract/clauses.ts';
export type { CheckDef } from './core/checks.ts';
export { startReference, type StartedReference } from './library/reference.ts';

// Reports: building, reading, merging and writing every format.
export { buildReport, type ReportInput } from './report/build-report.ts';
export type { RunReport, ClauseRow, CheckRow, ClauseVerdict, RunVerdict, FindingGroup } from './report/report-types.ts';
export type { Finding, Exchange, CaseOutcome } from './core/findings.ts';
export { writeReports, type WriteOptions, type WrittenReports } from './reporters/write-reports.ts';
export { renderHtml, writeHtmlReport } from './reporters/html-report.ts';
export { renderJsonReport, writeJsonReport, readReport, reportProblems, REPORT_SCHEMA_PATH } from './reporters/json-report.ts';
export { renderJunit, writeJunitReport } from './reporters/junit-report.ts';
export { renderMarkdown, writeMarkdownSummary } from './reporters/markdown-summary.ts';
export { mergeReports } from './reporters/merge-reports.ts';

// Errors: every failure the package reports is a CrmcError with a stable code.
export { CrmcError, ERROR_CODES, isCrmcError, type ErrorCode } from './core/errors.ts';
export { EXIT, exitCodeForError } from './cli/exit-codes.ts';
