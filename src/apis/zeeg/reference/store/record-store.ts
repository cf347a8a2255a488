/**
 * The in-memory records of every object, in creation order, with a value index per writable
 * attribute. All methods are synchronous: a lookup followed by a write in one handler can never
 * interleave with another request.
 */
import { randomUUID } from 'node:crypto';
import type { ObjectDef } from '../../contract/attributes.ts';
import { writableAttributes } from '../../contract/attributes.ts';
import { ValueIndex } from './value-index.ts';

/** One stored record. `values` holds only writable keys; a missing key means null. */
export interface StoredRecord {
  readonly id: string;
  readonly objectSlug: string;
  /** Creation sequence number: lower is older. */
  readonly seq: number;
  readonly values: Map<string, unknown>;
  readonly createdAt: string;
  updatedAt: string;
}

interface Collection {
  readonly records: Map<string, StoredRecord>;
  readonly indexes: Map<string, ValueIndex>;
}

export class RecordStore {
  private readonly collections = new Map<string, Collection>();
  private nextSeq = 1;

  constructor(objects: readonly ObjectDef[]) {
    for (const object of objects) {
      const indexes = new Map(writableAttributes(object).map((attr) => [attr.key, new ValueIndex()] as const));
      this.collections.set(object.slug, { records: new Map(), indexes });
    }
  }

  private collection(slug: string): Collection {
    const found = this.collections.get(slug);
    if (found === undefined) throw new Error(`No collection for object "${slug}".`);
    return found;
  }

  get(slug: string, id: string): StoredRecord | undefined {
    return this.collections.get(slug)?.records.get(id);
  }

  /** Records of an object in creation order. */
  list(slug: string): StoredRecord[] {
    return [...this.collection(slug).records.values()];
  }

  /** Records whose `key` value deep-equals `value`, oldest first. Null matches nothing. */
  holders(slug: string, key: string, value: unknown): StoredRecord[] {
    const { records, indexes } = this.collection(slug);
    const ids = indexes.get(key)?.find(value) ?? [];
    const found = ids.map((id) => records.get(id)).filter((r): r is StoredRecord => r !== undefined);
    return found.sort((a, b) => a.seq - b.seq);
  }

  /** Create a record; `values` holds the non-null values to store. */
  insert(slug: string, values: ReadonlyMap<string, unknown>, options: { id?: string; createdAt?: string; updatedAt?: string } = {}): StoredRecord {
    const now = new Date().toISOString();
    const record: StoredRecord = {
      id: options.id ?? randomUUID(),
      objectSlug: slug,
      seq: this.nextSeq++,
      values: new Map(),
      createdAt: options.createdAt ?? now,
      updatedAt: options.updatedAt ?? options.createdAt ?? now,
    };
    this.collection(slug).records.set(record.id, record);
    this.assign(record, values);
    return record;
  }

  /** Set (or, for null, clear) the given attributes of a record; others stay as they are. */
  update(record: StoredRecord, changes: ReadonlyMap<string, unknown>): StoredRecord {
    this.assign(record, changes);
    record.updatedAt = new Date().toISOString();
    return record;
  }

  remove(slug: string, id: string): boolean {
    const { records, indexes } = this.collection(slug);
    const record = records.get(id);
    if (record === undefined) return false;
    for (const [key, value] of record.values) indexes.get(key)?.delete(value, id);
    records.delete(id);
    return true;
  }

  private assign(record: StoredRecord, changes: ReadonlyMap<string, unknown>): void {
    const { indexes } = this.collection(record.objectSlug);
    for (const [key, value] of changes) {
      const index = indexes.get(key);
      if (index === undefined) continue;
      index.delete(record.values.get(key), record.id);
      if (value === null || value === undefined) {
        record.values.delete(key);
      } else {
        record.values.set(key, value);
        index.add(value, record.id);
      }
    }
  }
}
