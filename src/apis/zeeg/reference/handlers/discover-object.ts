/**
 * GET /v2/crm/objects/{slug}: the object schema, system attributes included. The lenient twin
 * answers with only the members the pages require (lenient.ts, `discovery-required-members`).
 */
import type { AttributeDef, ObjectDef } from '../../contract/attributes.ts';
import { SYSTEM_ATTRIBUTE_KEYS } from '../../contract/attributes.ts';
import type { FaultSet } from '../faults/fault-set.ts';
import { requireObject } from '../server-context.ts';
import { param, type Handler } from './handler.ts';

const SYSTEM_KEYS: ReadonlySet<string> = new Set(SYSTEM_ATTRIBUTE_KEYS);
const FLAGS = ['isUnique', 'isRequired', 'isArchived', 'isStandard'] as const;

/** The object as discovery shows it; the discovery faults hide parts of it. */
function objectView(def: ObjectDef, faults: FaultSet): ObjectDef {
  let attributes: AttributeDef[] = def.attributes;
  if (faults.has('discovery-missing-system-attributes')) attributes = attributes.filter((a) => !SYSTEM_KEYS.has(a.key));
  if (faults.has('discovery-types-missing')) attributes = attributes.map(({ type: _hidden, ...rest }) => rest as AttributeDef);
  if (faults.has('discovery-options-missing')) attributes = attributes.map(({ options: _hidden, ...rest }) => rest);
  return { ...def, attributes };
}

/** One attribute with key and type, options as { id }, the related object, and only the flags that are true. */
function requiredMembers(attr: AttributeDef): AttributeDef {
  const view: AttributeDef = { key: attr.key, type: attr.type };
  if (attr.options !== undefined) view.options = attr.options.map((o) => ({ id: o.id }));
  if (attr.relatedObjectSlug !== undefined) view.relatedObjectSlug = attr.relatedObjectSlug;
  for (const flag of FLAGS) if (attr[flag] === true) view[flag] = true;
  return view;
}

export const discoverObject: Handler = async (ctx, input) => {
  const object = requireObject(ctx, param(input, 'slug'));
  const view = objectView(object.def, ctx.faults);
  if (ctx.lenient.has('discovery-required-members')) {
    const attributes = view.attributes.filter((a) => !SYSTEM_KEYS.has(a.key)).map(requiredMembers);
    return { status: 200, body: { object: { slug: view.slug, attributes } } };
  }
  return { status: 200, body: { success: true, status: 200, object: view } };
};
