/**
 * Declares a check: a stable code, its level and the clauses it tests. Checks are frozen so a
 * registry entry can never be changed at run time.
 */
import type { CheckDef } from '../core/checks.ts';
import type { Level } from '../contract/clauses.ts';

export function defineCheck(code: string, level: Level, clauses: string[], title: string): CheckDef {
  return Object.freeze({ code, level, clauses: Object.freeze([...clauses]) as string[], title });
}
