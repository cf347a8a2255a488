/**
 * The trace from what an API's documents state to what breaks it: constraint → clauses → the
 * checks that judge them → the reference faults that violate them. Checks and faults are found
 * from their clause ids, never listed by hand, so the table follows the code. Renders
 * docs/traceability.md and lists the table's problems (a test keeps that list empty).
 */
import type { CrmApi } from '../apis/crm-api.ts';
import { type Constraint, loadConstraints, sourceHeadings } from './constraints.ts';

export interface TraceRow {
  constraint: Constraint;
  /** Each clause with its level; a clause the catalogue lacks has level '?'. */
  clauses: Array<{ id: string; level: string }>;
  checks: string[];
  faults: string[];
  /** Clauses, a check and a fault: nothing to explain. */
  complete: boolean;
}

export interface ApiTrace {
  api: CrmApi;
  rows: TraceRow[];
}

export function traceApi(api: CrmApi, constraints: readonly Constraint[]): ApiTrace {
  const catalogue = api.clauses();
  const rows = constraints.map((constraint) => {
    const naming = <E extends { clauses: readonly string[] }>(entries: readonly E[]) => entries.filter((e) => e.clauses.some((c) => constraint.clauses.includes(c)));
    const checks = naming(api.checks).map((check) => check.code);
    const faults = naming(api.reference.faults).map((fault) => fault.name);
    const clauses = constraint.clauses.map((id) => ({ id, level: catalogue.byId.get(id)?.level ?? '?' }));
    return { constraint, clauses, checks, faults, complete: clauses.length > 0 && checks.length > 0 && faults.length > 0 };
  });
  return { api, rows };
}

/** The trace of every API that has a constraint table, in the order given. */
export function traceApis(apis: readonly CrmApi[]): ApiTrace[] {
  return apis.flatMap((api) => {
    const constraints = loadConstraints(api.name);
    return constraints === undefined ? [] : [traceApi(api, constraints)];
  });
}

/** What is wrong with a table: unknown sources, sections or clauses, uncited clauses, gaps without a why. */
export function traceProblems(trace: ApiTrace): string[] {
  const problems: string[] = [];
  const catalogue = trace.api.clauses();
  const cited = new Set(trace.rows.flatMap((row) => row.constraint.clauses));
  for (const { constraint: c, clauses, complete } of trace.rows) {
    const headings = sourceHeadings(c.source);
    if (headings === undefined) problems.push(`${c.id}: source ${c.source} is not in spec/sources/`);
    else if (c.section !== undefined && !headings.some((h) => h.startsWith(c.section!))) problems.push(`${c.id}: ${c.source} has no heading "${c.section}"`);
    for (const clause of clauses) if (clause.level === '?') problems.push(`${c.id}: unknown clause ${clause.id}`);
    if (!complete && c.why === undefined) problems.push(`${c.id}: no clause, check or fault, and no why`);
    if (clauses.length === 0 && c.reason === undefined) problems.push(`${c.id}: no clause and no reason`);
    if (clauses.length > 0 && c.reason !== undefined) problems.push(`${c.id}: a reason is for a constraint without clauses`);
  }
  for (const clause of catalogue.clauses) if (!cited.has(clause.id)) problems.push(`${clause.id}: no constraint names this clause`);
  return problems;
}

export interface TraceCounts {
  constraints: number;
  withClause: number;
  withCheck: number;
  withFault: number;
  complete: number;
  /** Constraints without a clause, by reason. */
  byReason: Record<string, number>;
}

export function traceCounts(trace: ApiTrace): TraceCounts {
  const rows = trace.rows;
  const byReason: Record<string, number> = {};
  for (const row of rows) if (row.clauses.length === 0) byReason[row.constraint.reason ?? '?'] = (byReason[row.constraint.reason ?? '?'] ?? 0) + 1;
  return {
    constraints: rows.length,
    withClause: rows.filter((r) => r.clauses.length > 0).length,
    withCheck: rows.filter((r) => r.checks.length > 0).length,
    withFault: rows.filter((r) => r.faults.length > 0).length,
    complete: rows.filter((r) => r.complete).length,
    byReason,
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const codes = (items: readonly string[]) => items.map((item) => `\`${item}\``).join(', ');

function countsLine(counts: TraceCounts): string {
  const reasons = Object.entries(counts.byReason).map(([reason, n]) => `${n} ${reason}`).join(', ');
  return `${counts.constraints} constraints: ${counts.withClause} stated by a clause, ${counts.withCheck} judged by a check, `
    + `${counts.withFault} broken by a reference fault, ${counts.complete} complete; without a clause: ${reasons === '' ? 'none' : reasons}.`;
}

function apiSection(trace: ApiTrace): string[] {
  const lines = [`## ${trace.api.spec.title} (\`--api ${trace.api.name}\`)`, '', countsLine(traceCounts(trace)), ''];
  lines.push('| Constraint | Source | What it says | Clauses | Checks | Faults | Why not |', '|---|---|---|---|---|---|---|');
  for (const row of trace.rows) {
    const c = row.constraint;
    const source = c.section === undefined ? c.source : `${c.source} § ${c.section}`;
    const clauses = row.clauses.map((clause) => `\`${clause.id}\` (${clause.level})`).join(', ');
    const why = c.why === undefined ? '' : `${c.reason === undefined ? '' : `**${c.reason}**: `}${c.why}`;
    lines.push(`| ${c.id} | ${cell(source)} | ${cell(c.says)} | ${clauses} | ${codes(row.checks)} | ${codes(row.faults)} | ${cell(why)} |`);
  }
  lines.push('');
  return lines;
}

export function renderTraceability(traces: readonly ApiTrace[]): string {
  const lines = [
    '# Traceability',
    '',
    'For every API, each constraint its source documents state (`spec/<api>/constraints.yaml`), the',
    'clauses that state it, the checks that judge those clauses and the reference faults that break',
    'them. Checks and faults are found from their clause ids. A row without a clause, check or fault',
    'says why. Generated by `npm run generate`; do not edit.',
    '',
  ];
  for (const trace of traces) lines.push(...apiSection(trace));
  return `${lines.join('\n').trimEnd()}\n`;
}
