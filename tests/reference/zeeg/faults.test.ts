/**
 * Every fault of the Zeeg catalogue is caught by its probe: the probe passes on the clean server
 * and fails on a server with that one fault switched on (common/fault-probes.ts).
 */
import { FAULTS, startReferenceServer } from '../../../src/apis/zeeg/reference/index.ts';
import { describeFaultProbes } from '../common/fault-probes.ts';
import type { ProbeTable } from './faults/probe.ts';
import { SURFACE_PROBES } from './faults/surface-probes.ts';
import { VALUE_PROBES } from './faults/value-probes.ts';
import { WRITE_PROBES } from './faults/write-probes.ts';
import { zeegClient } from './helpers/client.ts';

const PROBES: ProbeTable = { ...VALUE_PROBES, ...WRITE_PROBES, ...SURFACE_PROBES };

describeFaultProbes({ faults: FAULTS, start: (faults) => startReferenceServer({ faults }), client: zeegClient, probes: PROBES });
