/**
 * What the model knows about the target besides its own records: the object's schema, its
 * validators and the ids that exist elsewhere (records of related objects, organization members).
 */
import type { AttributeDef, DocumentedType, ObjectDef } from '../contract/attributes.ts';
import { writableAttributes } from '../contract/attributes.ts';
import { objectValidators, type ObjectValidators } from '../contract/object-validators.ts';

export type WritableAttribute = AttributeDef & { type: DocumentedType };

export interface World {
  object: ObjectDef;
  validators: ObjectValidators;
  attributes: ReadonlyMap<string, WritableAttribute>;
  /** Per relation attribute key: ids of records of the related object that exist. */
  relatedIds: ReadonlyMap<string, readonly string[]>;
  /** Organization member UUIDs that exist. */
  members: readonly string[];
}

export function buildWorld(object: ObjectDef, relatedIds: ReadonlyMap<string, readonly string[]>, members: readonly string[]): World {
  const attributes = new Map(writableAttributes(object).map((attr) => [attr.key, attr]));
  return { object, validators: objectValidators(object), attributes, relatedIds, members };
}

export function attributesOfType(world: World, ...types: DocumentedType[]): WritableAttribute[] {
  return [...world.attributes.values()].filter((attr) => types.includes(attr.type));
}

export function uniqueAttributes(world: World): WritableAttribute[] {
  return [...world.attributes.values()].filter((attr) => attr.isUnique === true);
}

/** The ids a reference attribute may point at, or undefined when the target gave us none. */
export function knownReferences(world: World, attr: WritableAttribute): readonly string[] | undefined {
  if (attr.type === 'user') return world.members.length > 0 ? world.members : undefined;
  if (attr.type === 'relation') {
    const ids = world.relatedIds.get(attr.key);
    return ids !== undefined && ids.length > 0 ? ids : undefined;
  }
  return undefined;
}
