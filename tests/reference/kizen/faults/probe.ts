/**
 * A probe is a short request sequence that tells whether one rule holds: it resolves true when
 * the server conforms and false when it shows the fault. Probes make their own data (unique
 * names per call), so many can run against one shared server.
 */
import type { FaultName } from '../../../../src/apis/kizen/reference/index.ts';
import type { Entry, KizenClient } from '../helpers/client.ts';
import { projectEntries, uniqueName } from '../helpers/records.ts';

export type Probe = (client: KizenClient) => Promise<boolean>;
export type ProbeTable = Partial<Record<FaultName, Probe>>;

export const ABSENT_UUID = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';

/** True when adding a project with these extra entries answers `status`. */
export async function addAnswers(client: KizenClient, extra: Entry[], status: number): Promise<boolean> {
  return (await client.add('projects', projectEntries(uniqueName(), extra))).status === status;
}

/** True when a project with this one extra value is refused with 400. */
export const refuses = (client: KizenClient, name: string, value: unknown) => addAnswers(client, [{ name, value }], 400);
