/**
 * The fault catalogue and these tests are tied to the clause catalogue: every clause id a fault
 * names exists, and every testable clause is named by at least one test title here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FAULTS } from '../../../src/reference/zeeg/index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));

interface ClauseEntry {
  id: string;
  untestable?: string;
}

function catalogue(): ClauseEntry[] {
  const doc = parse(readFileSync(join(ROOT, 'spec/zeeg/clauses.yaml'), 'utf8')) as { clauses: ClauseEntry[] };
  return doc.clauses;
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Clause ids at the start of the `it(...)` titles of the test files in this folder. */
function idsInTitles(): Set<string> {
  const ids = new Set<string>();
  const title = /\bit\(\s*(['"`])((?:ZEEG-[A-Z]+-\d{3}\s*)+)/g;
  for (const file of testFiles(HERE)) {
    for (const match of readFileSync(file, 'utf8').matchAll(title)) {
      for (const id of (match[2] ?? '').match(/ZEEG-[A-Z]+-\d{3}/g) ?? []) ids.add(id);
    }
  }
  return ids;
}

describe('clause catalogue links', () => {
  it('every clause id a fault names exists in spec/zeeg/clauses.yaml', () => {
    const known = new Set(catalogue().map((clause) => clause.id));
    const missing = FAULTS.flatMap((fault) => fault.clauses.filter((id) => !known.has(id)).map((id) => `${fault.name}: ${id}`));
    expect(missing).toEqual([]);
  });

  it('every testable clause is named at the start of a test title in tests/reference/zeeg', () => {
    const named = idsInTitles();
    const unnamed = catalogue()
      .filter((clause) => clause.untestable === undefined && !named.has(clause.id))
      .map((clause) => clause.id);
    expect(unnamed).toEqual([]);
  });
});
