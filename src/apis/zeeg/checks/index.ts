/**
 * The registry of Zeeg checks: every check code, its level and clauses, in one list.
 */
import type { CheckDef } from '../../../core/checks.ts';
import { REJECT_CHECKS } from './reject-checks.ts';
import { RESOURCE_CHECKS } from './resource-checks.ts';
import { WRITE_CHECKS } from './write-checks.ts';

export const ALL_CHECKS: readonly CheckDef[] = [...WRITE_CHECKS, ...REJECT_CHECKS, ...RESOURCE_CHECKS];

export const CHECKS_BY_CODE: ReadonlyMap<string, CheckDef> = new Map(ALL_CHECKS.map((c) => [c.code, c]));

export * from './write-checks.ts';
export * from './reject-checks.ts';
export * from './resource-checks.ts';
