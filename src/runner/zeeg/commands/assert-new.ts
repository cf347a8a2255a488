/** Assert with a matching value: 201 when no record holds it, 200 and an update when one does. */
import type fc from 'fast-check';
import { predictAssert } from '../../../model/predict-write.ts';
import type { Values } from '../../../model/values.ts';
import type { Session } from '../../session.ts';
import { executeWrite } from '../execute.ts';
import type { ModelBox } from '../model-box.ts';
import { resolveBody } from '../write-plan.ts';

export class AssertNewCommand implements fc.AsyncCommand<ModelBox, Session> {
  constructor(readonly template: Values) {}
  check(box: Readonly<ModelBox>): boolean {
    return box.plan.matching !== undefined;
  }
  async run(box: ModelBox, session: Session): Promise<void> {
    const matching = box.plan.matching!;
    const body = resolveBody(this.template, box.plan, box.prefix);
    await executeWrite(box, session, {
      step: this.toString(),
      op: 'assertRecord',
      request: { method: 'PUT', path: `/crm/${box.target.slug}`, query: { matchingAttribute: matching }, json: body },
      prediction: predictAssert(box.target.world, box.state, matching, body),
      body,
      situation: (outcome) => (outcome === 'created' ? 'assert-create' : 'assert-update'),
      touched: box.state.records.map((r) => r.id),
    });
  }
  toString(): string {
    return `AssertNew(${JSON.stringify(this.template)})`;
  }
}
