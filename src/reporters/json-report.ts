/**
 * report.json: the run report as data, checked against spec/report.schema.json before it is
 * written and after it is read back (replay and merge read it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileOnce, runValidator, type ErrorObject } from '../contract/ajv.ts';
import { CrmcError } from '../core/errors.ts';
import type { RunReport } from '../report/report-types.ts';

export const REPORT_SCHEMA_PATH = fileURLToPath(new URL('../../spec/report.schema.json', import.meta.url));
export const JSON_REPORT_FILE = 'report.json';

function reportValidator() {
  const schema = JSON.parse(readFileSync(REPORT_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  return compileOnce('crmc:report.schema.json', schema);
}

/** AJV's errors for a value that is not a valid report; empty when it is valid. */
export function reportErrors(value: unknown): ErrorObject[] {
  return runValidator(reportValidator(), value).errors;
}

function firstProblem(errors: ErrorObject[]): string {
  const first = errors[0];
  return first === undefined ? 'invalid' : `${first.instancePath || '/'} ${first.message ?? 'is invalid'}`;
}

/** Renders the report as indented JSON; throws CRMC_REPORT_INVALID if it breaks the schema. */
export function renderJsonReport(report: RunReport): string {
  const errors = reportErrors(report);
  if (errors.length > 0) {
    throw new CrmcError('CRMC_REPORT_INVALID', `report does not match its schema: ${firstProblem(errors)}`, { details: { errors } });
  }
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Where a value breaks the report schema, one line per error; empty when it is a valid report. */
export function reportProblems(value: unknown): string[] {
  return reportErrors(value).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/**
 * Writes report.json. A report that breaks its schema is still written, the verdict and its
 * evidence being worth more than the shape, with the problems in `schemaProblems`; they are
 * returned too, so the caller can say so.
 */
export function writeJsonReport(dir: string, report: RunReport): { file: string; problems: string[] } {
  const file = join(dir, JSON_REPORT_FILE);
  const problems = reportProblems(report);
  const written = problems.length === 0 ? report : { ...report, schemaProblems: problems };
  writeFileSync(file, `${JSON.stringify(written, null, 2)}\n`);
  return { file, problems };
}

/** Reads and validates a report.json (or a directory holding one). */
export function readReport(path: string): RunReport {
  let text: string;
  let file = path;
  try {
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EISDIR') throw error;
      file = join(path, JSON_REPORT_FILE);
      text = readFileSync(file, 'utf8');
    }
  } catch (error) {
    throw new CrmcError('CRMC_REPORT_INVALID', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CrmcError('CRMC_REPORT_INVALID', `${file} is not JSON`);
  }
  const errors = reportErrors(value);
  if (errors.length > 0) {
    throw new CrmcError('CRMC_REPORT_INVALID', `${file} is not a crm-conformance report: ${firstProblem(errors)}`);
  }
  return value as RunReport;
}
