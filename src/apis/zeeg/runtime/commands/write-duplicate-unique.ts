/**
 * Create or patch with the unique value another record holds: 400, nothing written. Patching
 * a record with its own unique value must succeed instead.
 */
import type fc from 'fast-check';
import type { Session } from '../../../../runner/session.ts';
import { executeWrite } from '../execute.ts';
import type { ModelBox } from '../model-box.ts';
import { createStep, patchStep } from '../write-steps.ts';
import { UNIQUE_OWN_VALUE } from '../../checks/reject-checks.ts';

export class WriteDuplicateUniqueCommand implements fc.AsyncCommand<ModelBox, Session> {
  constructor(readonly op: 'create' | 'patch', readonly holderPick: number, readonly targetPick: number) {}
  private holders(box: Readonly<ModelBox>) {
    const key = box.plan.uniqueText.find((k) => box.state.records.some((r) => typeof r.values[k] === 'string'));
    return key === undefined ? undefined : { key, records: box.state.records.filter((r) => typeof r.values[key] === 'string') };
  }
  check(box: Readonly<ModelBox>): boolean {
    return this.holders(box) !== undefined;
  }
  async run(box: ModelBox, session: Session): Promise<void> {
    const { key, records } = this.holders(box)!;
    const holder = records[this.holderPick % records.length]!;
    const body = { [key]: holder.values[key] };
    if (this.op === 'create') {
      await executeWrite(box, session, createStep(box, body, 'CreateDuplicateUnique'));
      return;
    }
    // Named for what it does: a record given its own value back is an ordinary patch that must succeed.
    const target = box.state.records[this.targetPick % box.state.records.length]!;
    const own = target.id === holder.id;
    const step = patchStep(box, target.id, body, own ? 'PatchOwnUnique' : 'PatchDuplicateUnique');
    await executeWrite(box, session, own ? { ...step, refusedCheck: UNIQUE_OWN_VALUE } : step);
  }
  toString(): string {
    return `${this.op === 'create' ? 'Create' : 'Patch'}DuplicateUnique(holder #${this.holderPick}, target #${this.targetPick})`;
  }
}
