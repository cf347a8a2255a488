/** The registry of Kizen checks: every code, its level and clauses, in one list. */
import type { CheckDef } from '../../../core/checks.ts';
import { RECORD_CHECKS } from './record-checks.ts';
import { SURFACE_CHECKS } from './surface-checks.ts';
import { TYPE_CHECKS } from './type-checks.ts';

export const KIZEN_CHECKS: readonly CheckDef[] = [...SURFACE_CHECKS, ...RECORD_CHECKS, ...TYPE_CHECKS];

export const KIZEN_CHECKS_BY_CODE: ReadonlyMap<string, CheckDef> = new Map(KIZEN_CHECKS.map((c) => [c.code, c]));

export * from './record-checks.ts';
export * from './surface-checks.ts';
export * from './type-checks.ts';
