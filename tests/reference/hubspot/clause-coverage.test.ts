/**
 * The HubSpot fault catalogue and these tests are tied to spec/hubspot/clauses.yaml: every clause
 * id a fault names exists, and every testable clause is named at the start of a test title here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadClauses } from '../../../src/contract/clauses.ts';
import { FAULTS } from '../../../src/reference/hubspot/index.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ID = /HUBSPOT-[A-Z]+-\d{3}/g;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Clause ids at the start of the `it(...)` titles of the test files in this folder. */
function idsInTitles(): Set<string> {
  const title = /\bit\(\s*(['"`])((?:HUBSPOT-[A-Z]+-\d{3}\s*)+)/g;
  const ids = new Set<string>();
  for (const file of testFiles(HERE)) {
    for (const match of readFileSync(file, 'utf8').matchAll(title)) for (const id of match[2]?.match(ID) ?? []) ids.add(id);
  }
  return ids;
}

describe('HubSpot clause catalogue links', () => {
  const clauses = loadClauses('hubspot').clauses;

  it('every clause id a fault names exists in spec/hubspot/clauses.yaml', () => {
    const known = new Set(clauses.map((clause) => clause.id));
    const missing = FAULTS.flatMap((fault) => fault.clauses.filter((id) => !known.has(id)).map((id) => `${fault.name}: ${id}`));
    expect(missing).toEqual([]);
  });

  it('every testable clause is named at the start of a test title in tests/reference/hubspot', () => {
    const named = idsInTitles();
    const unnamed = clauses.filter((clause) => clause.untestable === undefined && !named.has(clause.id)).map((clause) => clause.id);
    expect(unnamed).toEqual([]);
  });

  it('every title id names a clause of the catalogue', () => {
    const known = new Set(clauses.map((clause) => clause.id));
    expect([...idsInTitles()].filter((id) => !known.has(id))).toEqual([]);
  });
});
