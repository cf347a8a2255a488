/** Create with one wrongly typed value: 400, and no record appears. */
import type fc from 'fast-check';
import { confirmInvalid, type InvalidValue } from '../../generation/invalid-values.ts';
import type { Values } from '../../model/values.ts';
import type { Session } from '../../../../runner/session.ts';
import { executeWrite } from '../execute.ts';
import type { ModelBox } from '../model-box.ts';
import { resolveBody } from '../write-plan.ts';
import { createStep } from '../write-steps.ts';

export class CreateInvalidCommand implements fc.AsyncCommand<ModelBox, Session> {
  constructor(readonly template: Values, readonly key: string, readonly invalid: InvalidValue) {}
  check(box: Readonly<ModelBox>): boolean {
    return box.target.world.attributes.has(this.key);
  }
  async run(box: ModelBox, session: Session): Promise<void> {
    const body = { ...resolveBody(this.template, box.plan, box.prefix), [this.key]: this.invalid.value };
    // The label is a claim: re-check the value exactly as sent before judging it invalid.
    if (!confirmInvalid(box.target.world, this.key, body[this.key])) return;
    await executeWrite(box, session, createStep(box, body, `CreateInvalid(${this.key}: ${this.invalid.why})`));
  }
  toString(): string {
    return `CreateInvalid(${this.key} = ${JSON.stringify(this.invalid.value)}: ${this.invalid.why})`;
  }
}
