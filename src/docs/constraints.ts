/**
 * Loads an API's constraint table (spec/<api>/constraints.yaml): what its source documents state,
 * one constraint per entry, each naming the clauses that state it or saying why none does. The
 * table is the start of the trace that docs/traceability.md follows on to checks and faults.
 * A malformed table is one CRMC_SPEC_INVALID error naming the first problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { docsDir } from '../contract/clauses.ts';
import { CrmcError } from '../core/errors.ts';

/** Why a constraint has no clause: the words every table uses. */
export const NO_CLAUSE_REASONS = ['out-of-scope', 'not-found', 'untestable', 'descriptive', 'disputed'] as const;
export type NoClauseReason = (typeof NO_CLAUSE_REASONS)[number];

export interface Constraint {
  id: string;
  /** A file name in spec/sources/. */
  source: string;
  /** What the heading of the constraint's part of that file starts with; absent for a page without headings. */
  section?: string;
  /** The constraint in our own words. */
  says: string;
  clauses: string[];
  why?: string;
  reason?: NoClauseReason;
}

const ID_PATTERN = /^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/;

export function constraintsPath(api: string): string {
  return `${docsDir()}../${api}/constraints.yaml`;
}

function fail(file: string, problem: string): never {
  throw new CrmcError('CRMC_SPEC_INVALID', `${file}: ${problem}`);
}

function optionalText(file: string, where: string, entry: Record<string, unknown>, field: string): string | undefined {
  const value = entry[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') fail(file, `${where}: ${field} must be a non-empty string`);
  return value.trim();
}

function readEntry(file: string, entry: unknown, index: number): Constraint {
  if (typeof entry !== 'object' || entry === null) fail(file, `constraint #${index + 1}: expected a mapping`);
  const raw = entry as Record<string, unknown>;
  const where = `constraint #${index + 1}${typeof raw.id === 'string' ? ` (${raw.id})` : ''}`;
  if (typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id)) fail(file, `${where}: malformed id`);
  const source = optionalText(file, where, raw, 'source');
  const says = optionalText(file, where, raw, 'says');
  if (source === undefined || says === undefined) fail(file, `${where}: source and says are required`);
  const clauses = raw.clauses ?? [];
  if (!Array.isArray(clauses) || clauses.some((id) => typeof id !== 'string')) fail(file, `${where}: clauses must be a list of ids`);
  const reason = optionalText(file, where, raw, 'reason');
  if (reason !== undefined && !(NO_CLAUSE_REASONS as readonly string[]).includes(reason)) {
    fail(file, `${where}: reason must be one of ${NO_CLAUSE_REASONS.join(', ')}`);
  }
  const known = new Set(['id', 'source', 'section', 'says', 'clauses', 'why', 'reason']);
  const extra = Object.keys(raw).find((key) => !known.has(key));
  if (extra !== undefined) fail(file, `${where}: unknown field ${extra}`);
  return {
    id: raw.id, source, section: optionalText(file, where, raw, 'section'), says, clauses: clauses as string[],
    why: optionalText(file, where, raw, 'why'), reason: reason as NoClauseReason | undefined,
  };
}

/** Parses and structurally checks a table; ids must be unique. */
export function validateConstraints(file: string, raw: unknown): Constraint[] {
  const list = (raw as { constraints?: unknown } | null)?.constraints;
  if (!Array.isArray(list)) fail(file, 'expected a mapping with a "constraints" list');
  const seen = new Set<string>();
  return list.map((entry, index) => {
    const constraint = readEntry(file, entry, index);
    if (seen.has(constraint.id)) fail(file, `constraint ${constraint.id}: duplicate id`);
    seen.add(constraint.id);
    return constraint;
  });
}

/** The API's table, or undefined when the API has none. */
export function loadConstraints(api: string): Constraint[] | undefined {
  const file = constraintsPath(api);
  if (!existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(file, error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  return validateConstraints(file, raw);
}

/** The heading texts of a source file (markdown `#` lines), for matching `section`. */
export function sourceHeadings(source: string): string[] | undefined {
  const path = `${docsDir()}${source}`;
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8').split('\n').filter((line) => /^#+\s/.test(line)).map((line) => line.replace(/^#+\s+/, ''));
}
