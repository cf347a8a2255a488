/** Give a record the unique value another record holds: 409 CONFLICT, nothing changed. */
import type fc from 'fast-check';
import { UNIQUE_UPDATE_CONFLICT } from '../../checks/surface-checks.ts';
import { predictUpdate } from '../../model/predict-write.ts';
import type { Session } from '../../../../runner/session.ts';
import { executeWrite, type Box } from '../execute.ts';
import { uniqueText } from '../fill.ts';
import { updateRequest } from '../requests.ts';

export class UpdateDuplicateCommand implements fc.AsyncCommand<Box, Session> {
  constructor(readonly pick: number, readonly other: number) {}
  check(box: Readonly<Box>): boolean {
    return box.state.records.length > 1 && uniqueText(box.target.world).length > 0;
  }
  async run(box: Box, session: Session): Promise<void> {
    const records = box.state.records;
    const record = records[this.pick % records.length]!;
    const holder = records.filter((r) => r.id !== record.id)[this.other % (records.length - 1)]!;
    const unique = uniqueText(box.target.world).find((p) => holder.values[p.name] !== undefined);
    if (unique === undefined) return;
    const sent = { [unique.name]: holder.values[unique.name]! };
    const prediction = predictUpdate(box.target.world, box.state, record.id, sent);
    await executeWrite(box, session, { step: 'UpdateDuplicate', op: 'updateObject', request: updateRequest(box.target.objectType, record.id, sent), prediction, sent, accept: UNIQUE_UPDATE_CONFLICT });
  }
  toString(): string {
    return `UpdateDuplicate(#${this.pick} ← #${this.other})`;
  }
}
