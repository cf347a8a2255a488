/** The registry of HubSpot checks: every check code, its level and clauses, in one list. */
import type { CheckDef } from '../../../core/checks.ts';
import { RECORD_CHECKS } from './record-checks.ts';
import { SURFACE_CHECKS } from './surface-checks.ts';
import { VALUE_CHECKS } from './value-checks.ts';

export const HUBSPOT_CHECKS: readonly CheckDef[] = [...VALUE_CHECKS, ...RECORD_CHECKS, ...SURFACE_CHECKS];

export const HUBSPOT_CHECKS_BY_CODE: ReadonlyMap<string, CheckDef> = new Map(HUBSPOT_CHECKS.map((c) => [c.code, c]));

export * from './value-checks.ts';
export * from './record-checks.ts';
export * from './surface-checks.ts';
