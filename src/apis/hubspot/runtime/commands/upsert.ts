/** Upsert by the first unique text property: a record's own value updates it, a fresh value creates. */
import type fc from 'fast-check';
import type { Session } from '../../../../runner/session.ts';
import { type Box } from '../execute.ts';
import { uniqueText, upsertFill } from '../fill.ts';
import { executeUpsert } from '../upsert.ts';
import { MAX_RECORDS } from './create.ts';

export class UpsertCommand implements fc.AsyncCommand<Box, Session> {
  /** `pick` undefined upserts a fresh value. */
  constructor(readonly pick: number | undefined, readonly template: Record<string, unknown>) {}
  check(box: Readonly<Box>): boolean {
    return uniqueText(box.target.world).length > 0 && (this.pick === undefined ? box.state.records.length < MAX_RECORDS : box.state.records.length > 0);
  }
  async run(box: Box, session: Session): Promise<void> {
    const unique = uniqueText(box.target.world)[0]!;
    const record = this.pick === undefined ? undefined : box.state.records[this.pick % box.state.records.length];
    const fresh = `${session.nextPrefix()}up${/email/i.test(unique.name) ? '@example.com' : ''}`;
    const id = record?.values[unique.name] ?? fresh;
    const fill = record === undefined ? upsertFill(box.target.world, session, unique.name) : {};
    const properties = { ...fill, ...Object.fromEntries(Object.entries(this.template).filter(([name]) => name !== unique.name)) };
    await executeUpsert(box, session, { id, idProperty: unique.name, properties }, { step: record === undefined ? 'UpsertNew' : 'UpsertExisting' });
  }
  toString(): string {
    return `Upsert(${this.pick === undefined ? 'new' : `#${this.pick}`}, ${JSON.stringify(this.template).slice(0, 100)})`;
  }
}
