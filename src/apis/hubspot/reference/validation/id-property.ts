/**
 * Finding a record by `idProperty` (reference notes, facts B2 and B5): a property "whose values
 * are unique for the object" whose value stands in for the record id. hs_object_id, or no
 * idProperty, means the id itself. A property that is not unique is refused with 400.
 */
import type { FaultSet } from '../faults/fault-set.ts';
import { invalidInput, propertyValuesInvalid } from '../http/hubspot-error.ts';
import type { PropertyDef } from '../schema.ts';
import type { ServedType, ServerContext } from '../server-context.ts';
import type { StoredObject } from '../store/object-store.ts';

/** The property that stands for the record id. */
export const RECORD_ID_PROPERTY = 'hs_object_id';

/** The unique property an idProperty names, or undefined when it means the record id. */
export function resolveIdProperty(type: ServedType, name: string | null | undefined, faults: FaultSet): PropertyDef | undefined {
  if (name === null || name === undefined || name === '' || name === RECORD_ID_PROPERTY) return undefined;
  const property = type.properties.get(name);
  if (property === undefined) {
    throw propertyValuesInvalid([{ name, code: 'PROPERTY_DOESNT_EXIST', message: `Property "${name}" does not exist` }]);
  }
  if (!property.hasUniqueValue && !faults.has('non-unique-id-property-accepted')) {
    throw invalidInput(`Unable to perform update/upsert by non-unique ${type.def.objectTypeId} property: ${name}`);
  }
  return property;
}

/** The live record `value` identifies, by id or by the unique property. */
export function findLive(ctx: ServerContext, type: ServedType, value: string, property: PropertyDef | undefined): StoredObject | undefined {
  if (property === undefined) return ctx.store.get(type.def.name, value);
  return ctx.store.holders(type.def.name, property.name, value)[0];
}
