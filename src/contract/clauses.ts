/**
 * Loads a clause catalogue (spec/<api>/clauses.yaml) and checks it on load: ids well formed and
 * unique, levels known, every quote present in its source page. A broken catalogue is one
 * CRMC_SPEC_INVALID error naming the first problem.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CrmcError } from '../core/errors.ts';

import type { Level } from '../core/checks.ts';

export type { Level };

export interface Clause {
  id: string;
  level: Level;
  source: string;
  quote: string;
  operations: string[];
  summary: string;
  reading?: string;
  untestable?: string;
}

export interface ClauseCatalogue {
  api: string;
  title: string;
  clauses: Clause[];
  byId: ReadonlyMap<string, Clause>;
}

export const CLAUSE_ID_PATTERN = /^[A-Z]+-[A-Z]+-\d{3}$/;

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function clausesPath(api: string): string {
  return `${PACKAGE_ROOT}spec/${api}/clauses.yaml`;
}

/** Snapshots of the source pages the clauses quote. */
export function docsDir(): string {
  return `${PACKAGE_ROOT}spec/sources/`;
}

/** Quotes are compared with all whitespace removed: the source pages run words together. */
export function quoteOccursIn(quote: string, page: string): boolean {
  const squash = (text: string) => text.replace(/\s+/g, '');
  return squash(page).includes(squash(quote));
}

function fail(file: string, problem: string): never {
  throw new CrmcError('CRMC_SPEC_INVALID', `${file}: ${problem}`);
}

/** Structural checks that need nothing but the file itself. */
export function validateClauses(file: string, raw: unknown): ClauseCatalogue {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { clauses?: unknown }).clauses)) {
    fail(file, 'expected a mapping with a "clauses" list');
  }
  const doc = raw as { api?: unknown; title?: unknown; clauses: unknown[] };
  const byId = new Map<string, Clause>();
  const clauses = doc.clauses.map((entry, index) => {
    const clause = entry as Partial<Clause>;
    const where = `clause #${index + 1}${typeof clause.id === 'string' ? ` (${clause.id})` : ''}`;
    if (typeof clause.id !== 'string' || !CLAUSE_ID_PATTERN.test(clause.id)) fail(file, `${where}: malformed id`);
    if (byId.has(clause.id)) fail(file, `${where}: duplicate id`);
    if (clause.level !== 'MUST' && clause.level !== 'SHOULD') fail(file, `${where}: level must be MUST or SHOULD`);
    for (const field of ['source', 'quote', 'summary'] as const) {
      if (typeof clause[field] !== 'string' || clause[field] === '') fail(file, `${where}: missing ${field}`);
    }
    if (!Array.isArray(clause.operations) || clause.operations.length === 0) fail(file, `${where}: missing operations`);
    byId.set(clause.id, clause as Clause);
    return clause as Clause;
  });
  return { api: String(doc.api ?? ''), title: String(doc.title ?? ''), clauses, byId };
}

/** Every quote must occur in its source page; pages are read from `pagesDir`. */
export function checkQuotes(file: string, catalogue: ClauseCatalogue, pagesDir: string): void {
  const pages = new Map<string, string>();
  for (const clause of catalogue.clauses) {
    let page = pages.get(clause.source);
    if (page === undefined) {
      try {
        page = readFileSync(`${pagesDir}${clause.source}`, 'utf8');
      } catch {
        fail(file, `${clause.id}: source page ${clause.source} not found`);
      }
      pages.set(clause.source, page);
    }
    if (!quoteOccursIn(clause.quote, page)) fail(file, `${clause.id}: quote does not occur in ${clause.source}`);
  }
}

const cache = new Map<string, ClauseCatalogue>();

/** The catalogue of an API, parsed and structurally checked once per process. */
export function loadClauses(api: string): ClauseCatalogue {
  const file = clausesPath(api);
  let catalogue = cache.get(file);
  if (catalogue === undefined) {
    let raw: unknown;
    try {
      raw = parse(readFileSync(file, 'utf8'));
    } catch (error) {
      fail(file, error instanceof Error ? error.message.split('\n')[0]! : String(error));
    }
    catalogue = validateClauses(file, raw);
    cache.set(file, catalogue);
  }
  return catalogue;
}
