/**
 * Every fault of the Kizen catalogue is caught by its probe: the probe passes on the clean
 * server and fails on a server with that one fault switched on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULTS, FAULT_NAMES, startKizenServer } from '../../../src/reference/kizen/index.ts';
import { ADD_PROBES } from './faults/add-probes.ts';
import type { Probe, ProbeTable } from './faults/probe.ts';
import { SURFACE_PROBES } from './faults/surface-probes.ts';
import { UPSERT_PROBES } from './faults/upsert-probes.ts';
import { VALUE_PROBES } from './faults/value-probes.ts';
import { kizenClient, type KizenClient } from './helpers/client.ts';

const PROBES: ProbeTable = { ...VALUE_PROBES, ...ADD_PROBES, ...UPSERT_PROBES, ...SURFACE_PROBES };

let clean: KizenClient;
let closeClean: () => Promise<void>;
beforeAll(async () => {
  const server = await startKizenServer();
  clean = kizenClient(server.url);
  closeClean = server.close;
});
afterAll(async () => closeClean());

it('the catalogue holds at least 25 faults, each with exactly one probe', () => {
  expect(FAULTS.length).toBeGreaterThanOrEqual(25);
  expect(Object.keys(PROBES).sort()).toEqual([...FAULT_NAMES].sort());
});

describe.each(FAULTS.map((fault) => [fault.name, fault.clauses.join(' ')] as const))('fault %s', (name, clauses) => {
  it(`${clauses}: the probe passes on the clean server and fails with the fault on`, async () => {
    const probe = PROBES[name] as Probe;
    expect(await probe(clean), 'clean server').toBe(true);
    const faulty = await startKizenServer({ faults: [name] });
    try {
      expect(await probe(kizenClient(faulty.url)), `with ${name}`).toBe(false);
    } finally {
      await faulty.close();
    }
  });
});
