/**
 * Assert on the matching value an existing record holds, optionally changed so it no longer
 * equals it exactly (case, whitespace, a dropped character): exact match updates, a variant creates.
 */
import type fc from 'fast-check';
import { ASSERT_EXACT_MATCH } from '../../checks/write-checks.ts';
import type { Values } from '../../model/values.ts';
import type { Session } from '../../../../runner/session.ts';
import { executeWrite } from '../execute.ts';
import type { ModelBox } from '../model-box.ts';
import { resolveBody } from '../write-plan.ts';
import { assertStep } from '../write-steps.ts';

export type MatchVariant = 'exact' | 'upper' | 'trailing-space' | 'leading-space' | 'drop-last';

function vary(value: string, variant: MatchVariant): string {
  switch (variant) {
    case 'exact':
      return value;
    case 'upper':
      return value.toUpperCase();
    case 'trailing-space':
      return `${value} `;
    case 'leading-space':
      return ` ${value}`;
    case 'drop-last':
      return [...value].slice(0, -1).join('');
  }
}

export class AssertExistingCommand implements fc.AsyncCommand<ModelBox, Session> {
  constructor(readonly pick: number, readonly template: Values, readonly variant: MatchVariant) {}
  check(box: Readonly<ModelBox>): boolean {
    const matching = box.plan.matching;
    return matching !== undefined && box.state.records.some((r) => typeof r.values[matching] === 'string');
  }
  async run(box: ModelBox, session: Session): Promise<void> {
    const matching = box.plan.matching!;
    const holders = box.state.records.filter((r) => typeof r.values[matching] === 'string');
    const record = holders[this.pick % holders.length]!;
    const value = vary(record.values[matching] as string, this.variant);
    if (value === '' || [...value].length > 255) return;
    const body = { ...resolveBody(this.template, box.plan, box.prefix), [matching]: value };
    const step = assertStep(box, matching, body, `AssertExisting(${this.variant})`);
    // A variant that must not match is charged to exact matching; an exact repeat to update semantics.
    if (this.variant !== 'exact' && step.prediction.outcome === 'created') step.statusCheck = ASSERT_EXACT_MATCH;
    await executeWrite(box, session, step);
  }
  toString(): string {
    return `AssertExisting(#${this.pick}, ${this.variant}, ${JSON.stringify(this.template)})`;
  }
}
