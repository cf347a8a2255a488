/**
 * The HubSpot fault matrix: for each fault of the reference server, a run with the default
 * budget and seed 1 must draw the check HUBSPOT_FAULT_EXPECTATIONS names, at its level, and
 * that finding must name one of the clauses the fault breaks. The faults are split into three
 * parts, one test file each, so vitest spreads them over workers.
 */
import { describe, expect, it } from 'vitest';
import { FAULTS, type FaultEntry, type FaultName } from '../../src/apis/hubspot/reference/index.ts';
import { HUBSPOT_FAULT_EXPECTATIONS } from './hubspot-fault-expectations.ts';
import { runHubspot } from './hubspot-run.ts';
import { describeFindings } from './reference-run.ts';
import { reportProblems } from '../support/report-problems.ts';

export const HUBSPOT_MATRIX_SEED = 1;
export const HUBSPOT_MATRIX_PARTS = 3;

/** The faults of part `part` (1-based), in catalogue order. */
export function hubspotFaultsOfPart(part: number): FaultEntry[] {
  const size = Math.ceil(FAULTS.length / HUBSPOT_MATRIX_PARTS);
  return FAULTS.slice((part - 1) * size, part * size);
}

export function describeHubspotFaultMatrix(part: number): void {
  describe.each(hubspotFaultsOfPart(part))('$name', (fault) => {
    it(`${fault.name} is found with seed ${HUBSPOT_MATRIX_SEED}`, async () => {
      const outcomes = await runHubspot([fault.name], HUBSPOT_MATRIX_SEED);
      const findings = outcomes.flatMap((o) => o.findings);
      const expected = HUBSPOT_FAULT_EXPECTATIONS[fault.name as FaultName];
      const hits = findings.filter((f) => f.check === expected.code && f.level === expected.level && f.clauses.some((c) => fault.clauses.includes(c)));
      expect(hits.length, `no ${expected.level} ${expected.code} finding naming ${fault.clauses.join(' or ')}; findings:\n${describeFindings(findings)}`).toBeGreaterThan(0);
      expect(await reportProblems('hubspot', outcomes, 'http://127.0.0.1:1')).toEqual([]);
    });
  });
}
