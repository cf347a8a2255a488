/**
 * GET /crm-object-schemas/2026-03/schemas/{objectType} (and /crm/v3/schemas/{objectType}): the
 * ObjectSchema of a custom object (facts B7), whose requiredProperties name what a create must
 * give a value. Standard types such as contacts have no schema here: 404.
 */
import { FIXTURE_TIME } from '../fixtures/property-builders.ts';
import { HubspotError } from '../http/hubspot-error.ts';
import { propertyView } from './get-properties.ts';
import type { Handler } from './handler.ts';

export const getSchema: Handler = async (ctx, input) => {
  const { def } = input.type;
  if (def.requiredProperties === undefined) {
    throw new HubspotError(404, 'OBJECT_NOT_FOUND', `No custom object schema for ${def.name}.`, { context: { objectType: [def.name] } });
  }
  const live = def.properties.filter((property) => !property.archived);
  const body = {
    id: def.objectTypeId.split('-').pop(),
    name: def.name.replace(/^p_/, ''),
    labels: { singular: def.singularLabel, plural: `${def.singularLabel}s` },
    objectTypeId: def.objectTypeId,
    fullyQualifiedName: def.name,
    ...(ctx.faults.has('schema-without-required-properties') ? {} : { requiredProperties: [...def.requiredProperties] }),
    searchableProperties: live.filter((property) => property.hasUniqueValue).map((property) => property.name),
    secondaryDisplayProperties: [],
    properties: live.map((property) => propertyView(property, ctx.faults, ctx.lenient)),
    associations: [],
    archived: false,
    createdAt: FIXTURE_TIME,
    updatedAt: FIXTURE_TIME,
  };
  return { status: 200, body };
};
