/**
 * The three parts of the fault matrix together cover the whole fault catalogue exactly once.
 */
import { describe, expect, it } from 'vitest';
import { FAULT_NAMES, FAULTS } from '../../src/apis/zeeg/reference/index.ts';
import { faultsOfPart, MATRIX_PARTS } from './fault-matrix.ts';

describe('fault matrix parts', () => {
  it('partition the catalogue of 78 faults', () => {
    const parts = Array.from({ length: MATRIX_PARTS }, (_, i) => faultsOfPart(i + 1).map((f) => f.name));
    expect(FAULTS).toHaveLength(78);
    expect(parts.flat()).toEqual([...FAULT_NAMES]);
    expect(parts.map((p) => p.length)).toEqual([26, 26, 26]);
  });

  it('every fault names at least one clause', () => {
    for (const fault of FAULTS) expect(fault.clauses.length, fault.name).toBeGreaterThan(0);
  });
});
