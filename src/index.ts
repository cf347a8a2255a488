/**
 * The package entry: what a config file or a program imports from 'crm-conformance'.
 */
export { defineConfig, type CrmConformanceConfig } from './cli/define-config.ts';
export { main } from './cli/main.ts';
export { startReferenceServer, FAULTS, WRITE_TOKEN, READ_TOKEN, MEMBER_IDS } from './apis/zeeg/reference/index.ts';
export { buildReport } from './report/build-report.ts';
export type { RunReport, ClauseRow, CheckRow, ClauseVerdict } from './report/report-types.ts';
export type { Finding, Exchange, CaseOutcome } from './core/findings.ts';
export { CrmcError, ERROR_CODES, type ErrorCode } from './core/errors.ts';
export { writeReports } from './reporters/write-reports.ts';
