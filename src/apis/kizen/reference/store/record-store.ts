/**
 * The in-memory records of every object, active and archived, in creation order. Values are
 * kept by field UUID in their stored form (option and record ids, numbers, strings); a field
 * without a value has no entry. All methods are synchronous, so a handler's match and write
 * never interleave with another request.
 */
import { randomUUID } from 'node:crypto';

export interface StoredRecord {
  readonly id: string;
  readonly objectId: string;
  /** Creation sequence: lower is older. */
  readonly seq: number;
  readonly values: Map<string, unknown>;
  archived: boolean;
  readonly createdAt: string;
  updatedAt: string;
}

export class RecordStore {
  private readonly records = new Map<string, StoredRecord>();
  private nextSeq = 1;

  /** A record of the object, active or archived. */
  get(objectId: string, id: string): StoredRecord | undefined {
    const record = this.records.get(id);
    return record?.objectId === objectId ? record : undefined;
  }

  /** An active record of the object. */
  active(objectId: string, id: string): StoredRecord | undefined {
    const record = this.get(objectId, id);
    return record?.archived === false ? record : undefined;
  }

  /** How many records of every object are active. */
  activeCount(): number {
    return [...this.records.values()].filter((record) => !record.archived).length;
  }

  /** Records of the object that `accept` keeps, oldest first. */
  find(objectId: string, accept: (record: StoredRecord) => boolean): StoredRecord[] {
    return [...this.records.values()].filter((record) => record.objectId === objectId && accept(record));
  }

  /** Create a record holding the non-null `values`. */
  insert(objectId: string, values: ReadonlyMap<string, unknown>): StoredRecord {
    const now = new Date().toISOString();
    const record: StoredRecord = { id: randomUUID(), objectId, seq: this.nextSeq++, values: new Map(), archived: false, createdAt: now, updatedAt: now };
    this.records.set(record.id, record);
    return this.update(record, values, now);
  }

  /** Set the given fields; null clears one. Other fields keep their values. */
  update(record: StoredRecord, changes: ReadonlyMap<string, unknown>, now = new Date().toISOString()): StoredRecord {
    for (const [fieldId, value] of changes) {
      if (value === null || value === undefined) record.values.delete(fieldId);
      else record.values.set(fieldId, value);
    }
    record.updatedAt = now;
    return record;
  }

  setArchived(record: StoredRecord, archived: boolean): StoredRecord {
    record.archived = archived;
    record.updatedAt = new Date().toISOString();
    return record;
  }
}
