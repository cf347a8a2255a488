/**
 * The fault test every reference server shares: each fault of the catalogue has exactly one
 * probe, and the probe passes on the clean server and fails on a server with that one fault
 * switched on. A probe is a short request sequence that resolves true when the server keeps
 * the rule; probes make their own data, so they share one clean server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultEntry } from '../../../src/reference/common/faults.ts';
import type { StartedServer } from './use-server.ts';

export type ProbeOf<C> = (client: C) => Promise<boolean>;

export interface FaultProbeSuite<C> {
  readonly faults: readonly FaultEntry[];
  /** Start a server with these faults on (none for the clean one). */
  start(faults?: string[]): Promise<StartedServer>;
  client(url: string): C;
  readonly probes: Readonly<Record<string, ProbeOf<C> | undefined>>;
}

/** Registers the tests: one for the probe table, one per fault. */
export function describeFaultProbes<C>(suite: FaultProbeSuite<C>): void {
  let clean: StartedServer;
  beforeAll(async () => {
    clean = await suite.start();
  });
  afterAll(async () => clean.close());

  it('every fault has exactly one probe', () => {
    expect(Object.keys(suite.probes).sort()).toEqual(suite.faults.map((fault) => fault.name).sort());
  });

  describe.each(suite.faults.map((fault) => [fault.name, fault.clauses.join(' ')] as const))('fault %s', (name, clauses) => {
    it(`${clauses}: the probe passes on the clean server and fails with the fault on`, async () => {
      const probe = suite.probes[name] as ProbeOf<C>;
      expect(await probe(suite.client(clean.url)), 'clean server').toBe(true);
      const faulty = await suite.start([name]);
      try {
        expect(await probe(suite.client(faulty.url)), `with ${name}`).toBe(false);
      } finally {
        await faulty.close();
      }
    });
  });
}
