/** The three parts of the HubSpot fault matrix cover the catalogue exactly once, each fault with an expectation. */
import { describe, expect, it } from 'vitest';
import { FAULT_NAMES, FAULTS } from '../../src/apis/hubspot/reference/index.ts';
import { HUBSPOT_FAULT_EXPECTATIONS } from './hubspot-fault-expectations.ts';
import { HUBSPOT_MATRIX_PARTS, hubspotFaultsOfPart } from './hubspot-fault-matrix.ts';

describe('HubSpot fault matrix parts', () => {
  it('partition the catalogue of 91 faults', () => {
    const parts = Array.from({ length: HUBSPOT_MATRIX_PARTS }, (_, i) => hubspotFaultsOfPart(i + 1).map((f) => f.name));
    expect(FAULTS).toHaveLength(91);
    expect(parts.flat()).toEqual([...FAULT_NAMES]);
    expect(parts.map((p) => p.length)).toEqual([31, 31, 29]);
  });

  it('every fault has exactly one expectation', () => {
    expect(Object.keys(HUBSPOT_FAULT_EXPECTATIONS).sort()).toEqual([...FAULT_NAMES].sort());
  });
});
