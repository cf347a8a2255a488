/**
 * The fault matrix: for each fault of the reference server and each seed, a run with
 * the default budget must draw the check FAULT_EXPECTATIONS names, at its level, and that
 * finding must name one of the clauses the fault breaks. The faults are split into three
 * parts, one test file each, so vitest spreads them over workers.
 */
import { describe, expect, it } from 'vitest';
import { FAULTS, type FaultEntry, type FaultName } from '../../src/apis/zeeg/reference/index.ts';
import { FAULT_EXPECTATIONS } from './fault-expectations.ts';
import { describeFindings, runAgainstReference } from './reference-run.ts';
import { reportProblems } from '../support/report-problems.ts';

// One seed, as for HubSpot and Kizen: the replay catalogue proves each fault again with a
// narrowed run, and `npm run bench` counts detection over five seeds.
export const MATRIX_SEEDS = [1] as const;
export const MATRIX_PARTS = 3;

/** The faults of part `part` (1-based) of MATRIX_PARTS, in catalogue order. */
export function faultsOfPart(part: number): FaultEntry[] {
  const size = Math.ceil(FAULTS.length / MATRIX_PARTS);
  return FAULTS.slice((part - 1) * size, part * size);
}

export function describeFaultMatrix(part: number): void {
  describe.each(faultsOfPart(part))('$name', (fault) => {
    it.each(MATRIX_SEEDS)(`${fault.name} is found with seed %i`, async (seed) => {
      const outcomes = await runAgainstReference([fault.name], seed);
      const findings = outcomes.flatMap((o) => o.findings);
      const expected = FAULT_EXPECTATIONS[fault.name as FaultName];
      const hits = findings.filter((f) => f.check === expected.code && f.level === expected.level && f.clauses.some((c) => fault.clauses.includes(c)));
      expect(hits.length, `no ${expected.level} ${expected.code} finding naming ${fault.clauses.join(' or ')}; findings:\n${describeFindings(findings)}`).toBeGreaterThan(0);
      expect(await reportProblems('zeeg', outcomes, 'http://127.0.0.1:1/v2')).toEqual([]);
    });
  });
}
