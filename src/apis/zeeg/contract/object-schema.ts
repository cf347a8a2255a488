/**
 * Turns a discovered object schema into JSON Schemas (draft 2020-12) for the flat request body
 * of create / assert / patch and for the record a response carries. The value rules are the
 * record pages' type table; where the pages are silent the schema says so in `$comment`.
 */
import type { AttributeDef, DocumentedType, ObjectDef } from './attributes.ts';
import { TEXT_MAX_CODE_POINTS, isWritable, writableAttributes } from './attributes.ts';

export type JsonSchema = Record<string, unknown>;

const UUID_SCHEMA: JsonSchema = { type: 'string', format: 'uuid' };

function optionIdSchema(attr: AttributeDef): JsonSchema {
  const ids = (attr.options ?? []).map((option) => option.id);
  // With no options discovered nothing is a valid choice; `enum: []` is not allowed, so use `not`.
  return ids.length > 0 ? { enum: ids } : { not: {} };
}

/** JSON Schema of one non-null value of a documented type, as written in a request. */
export function valueSchema(attr: AttributeDef & { type: DocumentedType }): JsonSchema {
  switch (attr.type) {
    case 'text':
      // AJV counts maxLength in code points, which is what the pages' "characters" means to us.
      return { type: 'string', maxLength: TEXT_MAX_CODE_POINTS };
    case 'number':
      return { type: 'integer' };
    case 'checkbox':
      return { type: 'boolean' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'select':
      return { type: 'object', required: ['id'], properties: { id: optionIdSchema(attr) } };
    case 'multiselect':
      // Option membership is checked by callers at SHOULD level: the page states it for select only.
      return {
        type: 'array',
        items: { type: 'object', required: ['id'], properties: { id: { type: ['string', 'integer'] } } },
      };
    case 'relation':
      return { type: 'array', items: UUID_SCHEMA };
    case 'user':
      return { type: 'array', items: UUID_SCHEMA };
  }
}

function nullable(schema: JsonSchema): JsonSchema {
  return { anyOf: [{ type: 'null' }, schema] };
}

/**
 * Schema of a request body for create, assert or patch: a flat object of writable attribute
 * keys. Unknown keys, standard attributes and undocumented types are not part of it.
 */
export function requestBodySchema(object: ObjectDef): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const attr of writableAttributes(object)) properties[attr.key] = nullable(valueSchema(attr));
  return {
    $id: `crmc:object:${object.slug}:request`,
    type: 'object',
    properties,
    additionalProperties: false,
  };
}

/**
 * Schema of `record` in a response for this object. Values of writable attributes must be of
 * their type or null; keys the object does not name, and undocumented types, are not judged.
 */
export function recordSchema(object: ObjectDef): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const attr of object.attributes) {
    if (!isWritable(attr)) continue;
    properties[attr.key] = nullable(valueSchema(attr));
  }
  return {
    $id: `crmc:object:${object.slug}:record`,
    type: 'object',
    required: ['id', 'attributes'],
    properties: {
      id: UUID_SCHEMA,
      objectSlug: { const: object.slug },
      attributes: { type: 'object', properties },
      createdAt: { type: 'string' },
      updatedAt: { type: 'string' },
    },
  };
}
