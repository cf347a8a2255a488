/**
 * What every request handler works with: the objects and their compiled validators, the record
 * store, the switched-on faults, the known members, and the hook that persists after a write.
 */
import type { ObjectDef } from '../../contract/attributes.ts';
import { writableAttributes, type AttributeDef, type DocumentedType } from '../../contract/attributes.ts';
import { objectValidators, type ObjectValidators } from '../../contract/object-validators.ts';
import type { FaultSet } from './faults/fault-set.ts';
import { notFound } from '../common/http-error.ts';
import type { RecordStore } from './store/record-store.ts';

export type WritableAttribute = AttributeDef & { type: DocumentedType };

/** One object as the server serves it: definition, validators, writable attributes by key. */
export interface ServedObject {
  readonly def: ObjectDef;
  readonly validators: ObjectValidators;
  readonly writable: ReadonlyMap<string, WritableAttribute>;
}

export interface ServerContext {
  readonly objects: ReadonlyMap<string, ServedObject>;
  readonly store: RecordStore;
  readonly faults: FaultSet;
  readonly members: ReadonlySet<string>;
  /** Called after every successful write (saves the data file when one is configured). */
  persist(): void;
}

export function serveObject(def: ObjectDef): ServedObject {
  const writable = new Map(writableAttributes(def).map((attr) => [attr.key, attr] as const));
  return { def, validators: objectValidators(def), writable };
}

/** The served object for a slug, or 404. */
export function requireObject(ctx: ServerContext, slug: string): ServedObject {
  const found = ctx.objects.get(slug);
  if (found === undefined) throw notFound(`CRM object "${slug}" not found.`);
  return found;
}
