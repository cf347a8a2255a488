/**
 * The Kizen fault matrix: for each fault of the reference server, one run at the default budget
 * selected to the fault's clauses (--only, as a user narrowing a run would) must draw the check
 * KIZEN_FAULT_EXPECTATIONS names, at its level, naming one of the clauses the fault breaks. The
 * faults are split over three files so vitest spreads them over workers.
 */
import { describe, expect, it } from 'vitest';
import { FAULTS, startKizenServer, type FaultEntry, type FaultName } from '../../src/apis/kizen/reference/index.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import { KIZEN_RUN } from '../../src/apis/kizen/suites/index.ts';
import { KIZEN_FAULT_EXPECTATIONS } from './kizen-fault-expectations.ts';
import { describeKizenFindings, kizenSettings } from './kizen-reference-run.ts';
import { reportProblems } from '../support/report-problems.ts';
import type { CaseOutcome } from '../../src/core/findings.ts';

export const KIZEN_MATRIX_SEED = 1;
export const KIZEN_MATRIX_PARTS = 3;

export function kizenFaultsOfPart(part: number): FaultEntry[] {
  const size = Math.ceil(FAULTS.length / KIZEN_MATRIX_PARTS);
  return FAULTS.slice((part - 1) * size, part * size);
}

export function describeKizenFaultMatrix(part: number): void {
  describe.each(kizenFaultsOfPart(part))('$name', (fault) => {
    it(`${fault.name} is found with seed ${KIZEN_MATRIX_SEED}`, async () => {
      const server = await startKizenServer({ faults: [fault.name] });
      let outcomes: CaseOutcome[];
      try {
        outcomes = await runConformance({ ...kizenSettings(server.url, KIZEN_MATRIX_SEED), only: [...fault.clauses] }, KIZEN_RUN);
      } finally {
        await server.close();
      }
      const findings = outcomes.flatMap((o) => o.findings);
      const expected = KIZEN_FAULT_EXPECTATIONS[fault.name as FaultName];
      const hits = findings.filter((f) => f.check === expected.code && f.level === expected.level && f.clauses.some((c) => fault.clauses.includes(c)));
      expect(hits.length, `no ${expected.level} ${expected.code} finding naming ${fault.clauses.join(' or ')}; findings:\n${describeKizenFindings(findings)}`).toBeGreaterThan(0);
      expect(await reportProblems('kizen', outcomes, 'http://127.0.0.1:1')).toEqual([]);
    });
  });
}
