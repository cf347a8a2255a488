/** Assert whose matching value is null or "" (or absent): refused, nothing written. */
import type fc from 'fast-check';
import type { Values } from '../../model/values.ts';
import type { Session } from '../../../../runner/session.ts';
import { executeWrite } from '../execute.ts';
import type { ModelBox } from '../model-box.ts';
import { resolveBody } from '../write-plan.ts';
import { assertStep } from '../write-steps.ts';

export type EmptyMatching = null | '' | 'absent';

export class AssertEmptyMatchingCommand implements fc.AsyncCommand<ModelBox, Session> {
  constructor(readonly empty: EmptyMatching, readonly template: Values) {}
  check(box: Readonly<ModelBox>): boolean {
    return box.plan.matching !== undefined;
  }
  async run(box: ModelBox, session: Session): Promise<void> {
    const matching = box.plan.matching!;
    const { [matching]: _dropped, ...rest } = resolveBody(this.template, box.plan, box.prefix);
    const body: Values = this.empty === 'absent' ? rest : { ...rest, [matching]: this.empty };
    await executeWrite(box, session, assertStep(box, matching, body, `AssertEmptyMatching(${this.empty === 'absent' ? 'absent' : JSON.stringify(this.empty)})`));
  }
  toString(): string {
    return `AssertEmptyMatching(${this.empty === 'absent' ? 'absent' : JSON.stringify(this.empty)}, ${JSON.stringify(this.template)})`;
  }
}
