/**
 * The clause-coverage test every reference server shares. It ties the API's fault catalogue to
 * spec/<api>/clauses.yaml: every clause id a fault names exists, every testable clause is broken
 * by at least one fault, and no clause marked untestable is. The fault tests prove each fault
 * with a probe that passes on the clean server and fails with the fault on, so a covered clause
 * has a request sequence that tells a server keeping it from one breaking it.
 */
import { describe, expect, it } from 'vitest';
import { loadClauses } from '../../../src/contract/clauses.ts';
import type { FaultEntry } from '../../../src/reference/common/faults.ts';

/** Registers the three tests for one API. */
export function describeClauseCoverage(api: string, faults: readonly FaultEntry[]): void {
  const catalogue = loadClauses(api);
  const broken = new Set(faults.flatMap((fault) => fault.clauses));

  describe(`${api} clause catalogue links`, () => {
    it(`every clause id a fault names exists in spec/${api}/clauses.yaml`, () => {
      const missing = faults.flatMap((fault) => fault.clauses.filter((id) => !catalogue.byId.has(id)).map((id) => `${fault.name}: ${id}`));
      expect(missing).toEqual([]);
    });

    it('every testable clause is broken by some fault of the reference server', () => {
      const unbroken = catalogue.clauses.filter((clause) => clause.untestable === undefined && !broken.has(clause.id));
      expect(unbroken.map((clause) => clause.id)).toEqual([]);
    });

    it('no clause marked untestable is broken by a fault (a fault would prove it testable)', () => {
      const untestable = catalogue.clauses.filter((clause) => clause.untestable !== undefined && broken.has(clause.id));
      expect(untestable.map((clause) => clause.id)).toEqual([]);
    });
  });
}
