/**
 * Every fault of the HubSpot catalogue is caught by its probe: the probe passes on the clean
 * server and fails on a server with that one fault switched on (common/fault-probes.ts).
 */
import { FAULTS, startHubspotServer } from '../../../src/apis/hubspot/reference/index.ts';
import { describeFaultProbes } from '../common/fault-probes.ts';
import type { ProbeTable } from './faults/probe.ts';
import { RECORD_PROBES } from './faults/record-probes.ts';
import { SURFACE_PROBES } from './faults/surface-probes.ts';
import { VALUE_PROBES } from './faults/value-probes.ts';
import { hubspotClient } from './helpers/client.ts';

const PROBES: ProbeTable = { ...VALUE_PROBES, ...RECORD_PROBES, ...SURFACE_PROBES };

describeFaultProbes({ faults: FAULTS, start: (faults) => startHubspotServer({ faults }), client: (url) => hubspotClient(url), probes: PROBES });
