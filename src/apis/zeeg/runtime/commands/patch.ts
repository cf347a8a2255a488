/** Patch some attributes of a record: only those change. */
import type fc from 'fast-check';
import type { Values } from '../../model/values.ts';
import type { Session } from '../../../../runner/session.ts';
import { executeWrite } from '../execute.ts';
import { pickRecord, type ModelBox } from '../model-box.ts';
import { resolveBody } from '../write-plan.ts';
import { patchStep } from '../write-steps.ts';

export class PatchCommand implements fc.AsyncCommand<ModelBox, Session> {
  constructor(readonly pick: number, readonly template: Values, readonly label = 'Patch') {}
  check(box: Readonly<ModelBox>): boolean {
    return box.state.records.length > 0;
  }
  async run(box: ModelBox, session: Session): Promise<void> {
    const record = pickRecord(box, this.pick)!;
    const body = resolveBody(this.template, box.plan, box.prefix);
    // An empty PATCH asks for no change; whether that is a 200 or a 400 the pages do not say.
    if (Object.keys(body).length === 0) return;
    await executeWrite(box, session, patchStep(box, record.id, body, this.label));
  }
  toString(): string {
    return `${this.label}(#${this.pick}, ${JSON.stringify(this.template)})`;
  }
}
