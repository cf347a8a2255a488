/**
 * Assert that would give a unique attribute the value another record holds: 400, nothing
 * written. It matches on a different text attribute than the unique one it collides on.
 */
import type fc from 'fast-check';
import type { Session } from '../../../../runner/session.ts';
import { executeWrite } from '../execute.ts';
import type { ModelBox } from '../model-box.ts';
import { assertStep } from '../write-steps.ts';

export class AssertDuplicateUniqueCommand implements fc.AsyncCommand<ModelBox, Session> {
  constructor(readonly pick: number, readonly suffix: string) {}
  private conflict(box: Readonly<ModelBox>): { unique: string; matching: string } | undefined {
    const unique = box.plan.uniqueText.find((key) => box.state.records.some((r) => typeof r.values[key] === 'string'));
    const matching = [...box.plan.prefixed].find((key) => key !== unique);
    return unique === undefined || matching === undefined ? undefined : { unique, matching };
  }
  check(box: Readonly<ModelBox>): boolean {
    return this.conflict(box) !== undefined;
  }
  async run(box: ModelBox, session: Session): Promise<void> {
    const { unique, matching } = this.conflict(box)!;
    const holders = box.state.records.filter((r) => typeof r.values[unique] === 'string');
    const holder = holders[this.pick % holders.length]!;
    const body = { [matching]: `${box.prefix}${this.suffix}`, [unique]: holder.values[unique] };
    await executeWrite(box, session, assertStep(box, matching, body, 'AssertDuplicateUnique'));
  }
  toString(): string {
    return `AssertDuplicateUnique(#${this.pick}, ${JSON.stringify(this.suffix)})`;
  }
}
