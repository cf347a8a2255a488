/** Assert with a matching value: 201 when no record holds it, 200 and an update when one does. */
import type fc from 'fast-check';
import type { Values } from '../../model/values.ts';
import type { Session } from '../../../../runner/session.ts';
import { executeWrite } from '../execute.ts';
import type { ModelBox } from '../model-box.ts';
import { resolveBody } from '../write-plan.ts';
import { assertStep } from '../write-steps.ts';

export class AssertNewCommand implements fc.AsyncCommand<ModelBox, Session> {
  constructor(readonly template: Values) {}
  check(box: Readonly<ModelBox>): boolean {
    return box.plan.matching !== undefined;
  }
  async run(box: ModelBox, session: Session): Promise<void> {
    await executeWrite(box, session, assertStep(box, box.plan.matching!, resolveBody(this.template, box.plan, box.prefix), 'AssertNew'));
  }
  toString(): string {
    return `AssertNew(${JSON.stringify(this.template)})`;
  }
}
