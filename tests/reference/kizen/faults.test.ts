/**
 * Every fault of the Kizen catalogue is caught by its probe: the probe passes on the clean
 * server and fails on a server with that one fault switched on (common/fault-probes.ts).
 */
import { expect, it } from 'vitest';
import { FAULTS, startKizenServer } from '../../../src/apis/kizen/reference/index.ts';
import { describeFaultProbes } from '../common/fault-probes.ts';
import { ADD_PROBES } from './faults/add-probes.ts';
import { DISCOVERY_PROBES } from './faults/discovery-probes.ts';
import type { ProbeTable } from './faults/probe.ts';
import { SURFACE_PROBES } from './faults/surface-probes.ts';
import { UPSERT_PROBES } from './faults/upsert-probes.ts';
import { VALUE_PROBES } from './faults/value-probes.ts';
import { kizenClient } from './helpers/client.ts';

const PROBES: ProbeTable = { ...VALUE_PROBES, ...ADD_PROBES, ...UPSERT_PROBES, ...SURFACE_PROBES, ...DISCOVERY_PROBES };

it('the catalogue holds at least 25 faults', () => {
  expect(FAULTS.length).toBeGreaterThanOrEqual(25);
});

describeFaultProbes({ faults: FAULTS, start: (faults) => startKizenServer({ faults }), client: kizenClient, probes: PROBES });
