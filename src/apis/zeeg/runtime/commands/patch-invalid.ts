/** Patch with valid values plus one wrongly typed value: 400, and the record is unchanged. */
import type fc from 'fast-check';
import { confirmInvalid, type InvalidValue } from '../../generation/invalid-values.ts';
import type { Values } from '../../model/values.ts';
import type { Session } from '../../../../runner/session.ts';
import { executeWrite } from '../execute.ts';
import { pickRecord, type ModelBox } from '../model-box.ts';
import { resolveBody } from '../write-plan.ts';
import { patchStep } from '../write-steps.ts';

export class PatchInvalidCommand implements fc.AsyncCommand<ModelBox, Session> {
  constructor(readonly pick: number, readonly template: Values, readonly key: string, readonly invalid: InvalidValue) {}
  check(box: Readonly<ModelBox>): boolean {
    return box.state.records.length > 0 && box.target.world.attributes.has(this.key);
  }
  async run(box: ModelBox, session: Session): Promise<void> {
    const record = pickRecord(box, this.pick)!;
    const body = { ...resolveBody(this.template, box.plan, box.prefix), [this.key]: this.invalid.value };
    if (!confirmInvalid(box.target.world, this.key, body[this.key])) return;
    await executeWrite(box, session, patchStep(box, record.id, body, `PatchInvalid(${this.key}: ${this.invalid.why})`));
  }
  toString(): string {
    return `PatchInvalid(#${this.pick}, ${this.key} = ${JSON.stringify(this.invalid.value)}: ${this.invalid.why}, with ${JSON.stringify(this.template)})`;
  }
}
