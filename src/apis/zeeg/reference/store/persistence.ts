/**
 * Optional persistence of the store to one JSON file, so an emulator session survives a
 * restart. The file is read once at start-up and rewritten after each successful write,
 * atomically: the snapshot goes to a temporary file that is then renamed over the target.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { ObjectDef } from '../../contract/attributes.ts';
import { writableAttributes } from '../../contract/attributes.ts';
import { CrmcError } from '../../../../core/errors.ts';
import type { RecordStore } from './record-store.ts';

interface PersistedRecord {
  id: string;
  objectSlug: string;
  attributes: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

interface Snapshot {
  format: 'crmc-zeeg-reference';
  version: 1;
  records: PersistedRecord[];
}

/** Write every record of every object to `file` (temp file + rename). */
export function saveSnapshot(file: string, store: RecordStore, objects: readonly ObjectDef[]): void {
  const records: PersistedRecord[] = [];
  for (const object of objects) {
    for (const record of store.list(object.slug)) {
      records.push({
        id: record.id,
        objectSlug: record.objectSlug,
        attributes: Object.fromEntries(record.values),
        createdAt: record.createdAt,
        updatedAt: record.updatedAt,
      });
    }
  }
  const snapshot: Snapshot = { format: 'crmc-zeeg-reference', version: 1, records };
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(snapshot));
  renameSync(temp, file);
}

function isSnapshot(value: unknown): value is Snapshot {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Snapshot>;
  return candidate.format === 'crmc-zeeg-reference' && candidate.version === 1 && Array.isArray(candidate.records);
}

/** Load `file` into an empty store. A missing file means an empty store; a broken one is an error. */
export function loadSnapshot(file: string, store: RecordStore, objects: readonly ObjectDef[]): number {
  if (!existsSync(file)) return 0;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new CrmcError('CRMC_CONFIG_INVALID', `Data file ${file} is not valid JSON.`, { cause });
  }
  if (!isSnapshot(parsed)) {
    throw new CrmcError('CRMC_CONFIG_INVALID', `Data file ${file} is not a reference server snapshot.`);
  }
  const writableKeys = new Map(objects.map((o) => [o.slug, new Set(writableAttributes(o).map((a) => a.key))]));
  let loaded = 0;
  for (const record of parsed.records) {
    const keys = writableKeys.get(record.objectSlug);
    if (keys === undefined) continue;
    const values = new Map<string, unknown>();
    for (const [key, value] of Object.entries(record.attributes ?? {})) {
      if (keys.has(key) && value !== null) values.set(key, value);
    }
    store.insert(record.objectSlug, values, { id: record.id, createdAt: record.createdAt, updatedAt: record.updatedAt });
    loaded += 1;
  }
  return loaded;
}
