/**
 * What every Kizen request handler works with: the served objects (found by UUID or api name),
 * the record store, the switched-on faults, the team members and the style.
 */
import type { ServerStyle } from '../../../reference/common/serve.ts';
import type { Employee } from './fixtures/account.ts';
import type { FaultSet } from './faults/fault-set.ts';
import { notFound } from './http/kizen-error.ts';
import type { KizenFieldDef, KizenObjectDef } from './object-def.ts';
import type { RecordStore } from './store/record-store.ts';

/** One object as the server serves it, with its fields indexed. */
export interface ServedObject {
  readonly def: KizenObjectDef;
  readonly byName: ReadonlyMap<string, KizenFieldDef>;
  readonly byId: ReadonlyMap<string, KizenFieldDef>;
  /** The field holding the record identifier. */
  readonly identifier: KizenFieldDef;
}

export interface ServerContext {
  readonly objects: readonly ServedObject[];
  readonly store: RecordStore;
  readonly faults: FaultSet;
  readonly employees: ReadonlyMap<string, Employee>;
  /** reference, or lenient (the other permitted side of every open choice, lenient.ts). */
  readonly style: ServerStyle;
  /**
   * 'bare' takes options, ratings and related records only as bare ids, the SDK guide's side of
   * facts A2 [DISAGREE]; undefined takes { id }, { name } and the bare id alike.
   */
  readonly referenceForm?: 'bare';
}

export function serveObject(def: KizenObjectDef): ServedObject {
  const byName = new Map(def.fields.map((field) => [field.name, field] as const));
  const identifier = byName.get(def.identifier_field);
  if (identifier === undefined) throw new Error(`Object "${def.name}" has no identifier field "${def.identifier_field}".`);
  return { def, byName, byId: new Map(def.fields.map((field) => [field.id, field] as const)), identifier };
}

/** The object whose UUID is `identifier`, or (unless `uuidOnly`) whose api name it is; else 404. */
export function requireObject(ctx: ServerContext, identifier: string, uuidOnly = false): ServedObject {
  const found = ctx.objects.find((object) => object.def.id === identifier || (!uuidOnly && object.def.name === identifier));
  if (found === undefined) throw notFound(`Custom object "${identifier}" not found.`);
  return found;
}

/** The served object with this UUID (relation targets are named by UUID). */
export function objectById(ctx: ServerContext, id: string): ServedObject | undefined {
  return ctx.objects.find((object) => object.def.id === id);
}
