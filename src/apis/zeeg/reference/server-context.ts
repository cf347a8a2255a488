/**
 * What every request handler works with: the objects and their compiled validators, the record
 * store, the switched-on faults, the known members, and the hook that persists after a write.
 */
import type { ObjectDef } from '../contract/attributes.ts';
import { writableAttributes, type AttributeDef, type DocumentedType } from '../contract/attributes.ts';
import { objectValidators, type ObjectValidators } from '../contract/object-validators.ts';
import type { FaultSet } from './faults/fault-set.ts';
import { HttpError, notFound } from '../../../reference/common/http-error.ts';
import { refusalStatus, type LenientSet } from './lenient.ts';
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
  /** The lenient twin's choices (none in the reference style; see lenient.ts). */
  readonly lenient: LenientSet;
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

/** The served object a create, assert or patch writes to; an unknown slug is 404 (400 in the twin). */
export function requireWriteObject(ctx: ServerContext, slug: string): ServedObject {
  const found = ctx.objects.get(slug);
  if (found === undefined) throw new HttpError(refusalStatus(ctx.lenient, 'unknown-object-400', 404, 400), `CRM object "${slug}" not found.`);
  return found;
}
