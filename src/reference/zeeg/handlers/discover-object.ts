/** GET /v2/crm/objects/{slug}: the object schema, system attributes included. */
import type { AttributeDef, ObjectDef } from '../../../contract/attributes.ts';
import { SYSTEM_ATTRIBUTE_KEYS } from '../../../contract/attributes.ts';
import type { FaultSet } from '../faults/fault-set.ts';
import { requireObject } from '../server-context.ts';
import { param, type Handler } from './handler.ts';

const SYSTEM_KEYS: ReadonlySet<string> = new Set(SYSTEM_ATTRIBUTE_KEYS);

/** The object as discovery shows it; the discovery faults hide parts of it. */
function objectView(def: ObjectDef, faults: FaultSet): ObjectDef {
  let attributes: AttributeDef[] = def.attributes;
  if (faults.has('discovery-missing-system-attributes')) attributes = attributes.filter((a) => !SYSTEM_KEYS.has(a.key));
  if (faults.has('discovery-types-missing')) attributes = attributes.map(({ type: _hidden, ...rest }) => rest as AttributeDef);
  if (faults.has('discovery-options-missing')) attributes = attributes.map(({ options: _hidden, ...rest }) => rest);
  return { ...def, attributes };
}

export const discoverObject: Handler = async (ctx, input) => {
  const object = requireObject(ctx, param(input, 'slug'));
  return { status: 200, body: { success: true, status: 200, object: objectView(object.def, ctx.faults) } };
};
