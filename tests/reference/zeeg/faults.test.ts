/**
 * Every fault of the catalogue is caught by its probe: the probe passes on the clean server and
 * fails on a server with that one fault switched on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULTS, FAULT_NAMES, startReferenceServer } from '../../../src/reference/zeeg/index.ts';
import { SURFACE_PROBES } from './faults/surface-probes.ts';
import type { Probe, ProbeTable } from './faults/probe.ts';
import { VALUE_PROBES } from './faults/value-probes.ts';
import { WRITE_PROBES } from './faults/write-probes.ts';
import { zeegClient, type ZeegClient } from './helpers/client.ts';

const PROBES: ProbeTable = { ...VALUE_PROBES, ...WRITE_PROBES, ...SURFACE_PROBES };

let clean: ZeegClient;
let closeClean: () => Promise<void>;
beforeAll(async () => {
  const server = await startReferenceServer();
  clean = zeegClient(server.url);
  closeClean = server.close;
});
afterAll(async () => closeClean());

it('every fault has exactly one probe', () => {
  expect(Object.keys(PROBES).sort()).toEqual([...FAULT_NAMES].sort());
});

describe.each(FAULTS.map((fault) => [fault.name, fault.clauses.join(' ')] as const))('fault %s', (name, clauses) => {
  it(`${clauses}: the probe passes on the clean server and fails with the fault on`, async () => {
    const probe = PROBES[name] as Probe;
    expect(await probe(clean), 'clean server').toBe(true);
    const faulty = await startReferenceServer({ faults: [name] });
    try {
      expect(await probe(zeegClient(faulty.url)), `with ${name}`).toBe(false);
    } finally {
      await faulty.close();
    }
  });
});
