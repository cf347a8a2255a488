/** Create a record with the fill and some generated values (valid, or one the sources agree is invalid). */
import type fc from 'fast-check';
import { CREATE_ACCEPTED } from '../../checks/record-checks.ts';
import { predictCreate } from '../../model/predict-write.ts';
import type { Session } from '../../../../runner/session.ts';
import { executeWrite, type Box } from '../execute.ts';
import { requiredFill, uniqueText } from '../fill.ts';
import { createRequest } from '../requests.ts';

export const MAX_RECORDS = 5;

export class CreateCommand implements fc.AsyncCommand<Box, Session> {
  constructor(readonly template: Record<string, unknown>, readonly label = 'Create') {}
  check(box: Readonly<Box>): boolean {
    return box.state.records.length < MAX_RECORDS;
  }
  async run(box: Box, session: Session): Promise<void> {
    const world = box.target.world;
    const sent = { ...requiredFill(world, session), ...this.template };
    const unique = uniqueText(world)[0];
    const tracer = unique === undefined ? undefined : { name: unique.name, value: sent[unique.name] as string };
    await executeWrite(box, session, { step: this.label, op: 'createObject', request: createRequest(box.target.objectType, sent), prediction: predictCreate(world, box.state, sent), sent, accept: CREATE_ACCEPTED, ...(tracer === undefined ? {} : { tracer }) });
  }
  toString(): string {
    return `${this.label}(${JSON.stringify(this.template).slice(0, 100)})`;
  }
}
