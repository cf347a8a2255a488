/** Create with a valid body: 201 and the values sent, omitted attributes null. */
import type fc from 'fast-check';
import { predictCreate } from '../../../model/predict-write.ts';
import type { Values } from '../../../model/values.ts';
import type { Session } from '../../session.ts';
import { executeWrite } from '../execute.ts';
import type { ModelBox } from '../model-box.ts';
import { resolveBody } from '../write-plan.ts';

export class CreateCommand implements fc.AsyncCommand<ModelBox, Session> {
  constructor(readonly template: Values) {}
  check(): boolean {
    return true;
  }
  async run(box: ModelBox, session: Session): Promise<void> {
    const body = resolveBody(this.template, box.plan, box.prefix);
    await executeWrite(box, session, {
      step: this.toString(),
      op: 'createRecord',
      request: { method: 'POST', path: `/crm/${box.target.slug}`, json: body },
      prediction: predictCreate(box.target.world, box.state, body),
      body,
      situation: () => 'create',
      touched: [],
    });
  }
  toString(): string {
    return `Create(${JSON.stringify(this.template)})`;
  }
}
