/**
 * Every fault of the HubSpot catalogue is caught by its probe: the probe passes on the clean
 * server and fails on a server with that one fault switched on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULTS, FAULT_NAMES, startHubspotServer } from '../../../src/reference/hubspot/index.ts';
import type { Probe, ProbeTable } from './faults/probe.ts';
import { RECORD_PROBES } from './faults/record-probes.ts';
import { SURFACE_PROBES } from './faults/surface-probes.ts';
import { VALUE_PROBES } from './faults/value-probes.ts';
import { hubspotClient, type HubspotClient } from './helpers/client.ts';

const PROBES: ProbeTable = { ...VALUE_PROBES, ...RECORD_PROBES, ...SURFACE_PROBES };

let clean: HubspotClient;
let closeClean: () => Promise<void>;
beforeAll(async () => {
  const server = await startHubspotServer();
  clean = hubspotClient(server.url);
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
    const faulty = await startHubspotServer({ faults: [name] });
    try {
      expect(await probe(hubspotClient(faulty.url)), `with ${name}`).toBe(false);
    } finally {
      await faulty.close();
    }
  });
});
