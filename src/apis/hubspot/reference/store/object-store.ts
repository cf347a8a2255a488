/**
 * The in-memory records of every object type: live records by id, archived records (the
 * recycling bin) by id, and an index of the values of each unique property. Ids are numeric
 * strings from one counter. All methods are synchronous, so a lookup followed by a write in one
 * handler never interleaves with another request.
 */
import type { ObjectTypeDef } from '../schema.ts';

/** One record. `values` holds the properties clients wrote; a missing key means no value. */
export interface StoredObject {
  readonly id: string;
  readonly typeName: string;
  readonly values: Map<string, string>;
  readonly createdAt: string;
  updatedAt: string;
  archivedAt?: string;
}

interface Collection {
  readonly live: Map<string, StoredObject>;
  readonly archived: Map<string, StoredObject>;
  /** Unique property → value → ids of the live records holding it. */
  readonly unique: Map<string, Map<string, Set<string>>>;
}

/** The first id handed out; HubSpot's ids are numeric strings (facts B3). */
const FIRST_ID = 1_000_001;

export class ObjectStore {
  private readonly collections = new Map<string, Collection>();
  private nextId = FIRST_ID;

  constructor(types: readonly ObjectTypeDef[]) {
    for (const type of types) {
      const unique = new Map(type.properties.filter((p) => p.hasUniqueValue).map((p) => [p.name, new Map<string, Set<string>>()] as const));
      this.collections.set(type.name, { live: new Map(), archived: new Map(), unique });
    }
  }

  private collection(typeName: string): Collection {
    const found = this.collections.get(typeName);
    if (found === undefined) throw new Error(`No collection for object type "${typeName}".`);
    return found;
  }

  get(typeName: string, id: string): StoredObject | undefined {
    return this.collection(typeName).live.get(id);
  }

  getArchived(typeName: string, id: string): StoredObject | undefined {
    return this.collection(typeName).archived.get(id);
  }

  /** Live records whose unique property `name` holds `value`, oldest first. */
  holders(typeName: string, name: string, value: string): StoredObject[] {
    const { live, unique } = this.collection(typeName);
    const ids = [...(unique.get(name)?.get(value) ?? [])];
    const found = ids.map((id) => live.get(id)).filter((record): record is StoredObject => record !== undefined);
    return found.sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** Live records of a type, oldest first. */
  list(typeName: string): StoredObject[] {
    return [...this.collection(typeName).live.values()];
  }

  /** Create a live record; empty values are not stored. */
  insert(typeName: string, values: ReadonlyMap<string, string>): StoredObject {
    const now = new Date().toISOString();
    const record: StoredObject = { id: String(this.nextId++), typeName, values: new Map(), createdAt: now, updatedAt: now };
    this.collection(typeName).live.set(record.id, record);
    this.assign(record, values);
    return record;
  }

  /** Set the given properties of a record; "" clears one. Others stay as they are. */
  update(record: StoredObject, changes: ReadonlyMap<string, string>): StoredObject {
    this.assign(record, changes);
    record.updatedAt = new Date().toISOString();
    return record;
  }

  /** Move a live record to the recycling bin; its unique values are free again. */
  archive(record: StoredObject): void {
    const { live, archived, unique } = this.collection(record.typeName);
    for (const [name, value] of record.values) unique.get(name)?.get(value)?.delete(record.id);
    live.delete(record.id);
    record.archivedAt = new Date().toISOString();
    archived.set(record.id, record);
  }

  private assign(record: StoredObject, changes: ReadonlyMap<string, string>): void {
    const { unique } = this.collection(record.typeName);
    for (const [name, value] of changes) {
      const index = unique.get(name);
      const held = record.values.get(name);
      if (held !== undefined) index?.get(held)?.delete(record.id);
      if (value === '') {
        record.values.delete(name);
        continue;
      }
      record.values.set(name, value);
      if (index === undefined) continue;
      const ids = index.get(value) ?? new Set<string>();
      ids.add(record.id);
      index.set(value, ids);
    }
  }
}
