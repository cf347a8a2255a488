/**
 * HubSpot's judging context (the generic Judge over a HubSpot world), its write operations, and
 * a small shape test its checks share.
 */
import type { Judge } from '../../../checks/judge.ts';
import type { HsWorld } from '../model/world.ts';

export { expectThat } from '../../../checks/judge.ts';

export type HsProbe = Judge<HsWorld>;

/** The write operations of spec/hubspot/openapi.yaml the suites send (the 2026-03 paths). */
export type WriteOp = 'createObject' | 'updateObject' | 'upsertObjects';

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
