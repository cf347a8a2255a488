/**
 * The fault catalogue is tied to the clause catalogue: every clause id a fault names exists,
 * and every testable clause is broken by at least one fault. faults.test.ts proves each fault
 * with a probe that passes on the clean server and fails with the fault on, so a clause is
 * covered by a request sequence that tells a server keeping it from one breaking it.
 */
import { describe, expect, it } from 'vitest';
import { loadClauses } from '../../../src/contract/clauses.ts';
import { FAULTS } from '../../../src/reference/zeeg/index.ts';

const CATALOGUE = loadClauses('zeeg');

describe('clause catalogue links', () => {
  it('every clause id a fault names exists in spec/zeeg/clauses.yaml', () => {
    const missing = FAULTS.flatMap((fault) => fault.clauses.filter((id) => !CATALOGUE.byId.has(id)).map((id) => `${fault.name}: ${id}`));
    expect(missing).toEqual([]);
  });

  it('every testable clause is broken by some fault of the reference server', () => {
    const broken = new Set(FAULTS.flatMap((fault) => fault.clauses));
    const unbroken = CATALOGUE.clauses.filter((clause) => clause.untestable === undefined && !broken.has(clause.id)).map((clause) => clause.id);
    expect(unbroken).toEqual([]);
  });

  it('no clause marked untestable is broken by a fault (a fault would prove it testable)', () => {
    const broken = new Set(FAULTS.flatMap((fault) => fault.clauses));
    expect(CATALOGUE.clauses.filter((clause) => clause.untestable !== undefined && broken.has(clause.id)).map((c) => c.id)).toEqual([]);
  });
});
