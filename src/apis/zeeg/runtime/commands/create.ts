/** Create with a valid body: 201 and the values sent, omitted attributes null. */
import type fc from 'fast-check';
import type { Values } from '../../model/values.ts';
import type { Session } from '../../../../runner/session.ts';
import { executeWrite } from '../execute.ts';
import type { ModelBox } from '../model-box.ts';
import { resolveBody } from '../write-plan.ts';
import { createStep } from '../write-steps.ts';

export class CreateCommand implements fc.AsyncCommand<ModelBox, Session> {
  constructor(readonly template: Values) {}
  check(): boolean {
    return true;
  }
  async run(box: ModelBox, session: Session): Promise<void> {
    await executeWrite(box, session, createStep(box, resolveBody(this.template, box.plan, box.prefix), 'Create'));
  }
  toString(): string {
    return `Create(${JSON.stringify(this.template)})`;
  }
}
