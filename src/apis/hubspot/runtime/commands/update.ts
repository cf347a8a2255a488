/** Update some properties of a record ("" clears one); invalid templates must be refused and leave no trace. */
import type fc from 'fast-check';
import { UPDATE_ACCEPTED } from '../../checks/record-checks.ts';
import { predictUpdate } from '../../model/predict-write.ts';
import type { Session } from '../../../../runner/session.ts';
import { executeWrite, type Box } from '../execute.ts';
import { updateRequest } from '../requests.ts';

export class UpdateCommand implements fc.AsyncCommand<Box, Session> {
  constructor(readonly pick: number, readonly template: Record<string, unknown>, readonly label = 'Update') {}
  check(box: Readonly<Box>): boolean {
    return box.state.records.length > 0;
  }
  async run(box: Box, session: Session): Promise<void> {
    const record = box.state.records[this.pick % box.state.records.length]!;
    const sent = this.template;
    const prediction = predictUpdate(box.target.world, box.state, record.id, sent);
    await executeWrite(box, session, { step: this.label, op: 'updateObject', request: updateRequest(box.target.objectType, record.id, sent), prediction, sent, accept: UPDATE_ACCEPTED });
  }
  toString(): string {
    return `${this.label}(#${this.pick}, ${JSON.stringify(this.template).slice(0, 100)})`;
  }
}
