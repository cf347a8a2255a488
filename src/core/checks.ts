/**
 * A check is a named rule with a stable code, the clauses it tests and its level. Its judging
 * function lives next to its definition in src/apis/<api>/checks/; this is the shape they share.
 */
/** How binding a clause or a check is: MUST fails the gate, SHOULD only with --strict. */
export type Level = 'MUST' | 'SHOULD';

export interface CheckDef {
  /** Stable code, upper snake case, e.g. ASSERT_UPDATE_STATUS. */
  code: string;
  title: string;
  level: Level;
  clauses: string[];
}

export const CHECK_CODE_PATTERN = /^[A-Z][A-Z0-9_]+$/;
