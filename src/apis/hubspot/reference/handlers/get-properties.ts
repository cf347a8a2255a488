/**
 * GET /crm/properties/2026-03/{objectType} (and /crm/v3/properties/{objectType}): every
 * property of the type in `{ results }`, without paging (facts B1). `archived=true` lists only
 * archived properties.
 */
import type { FaultSet } from '../faults/fault-set.ts';
import { FIXTURE_TIME } from '../fixtures/property-builders.ts';
import type { PropertyDef } from '../schema.ts';
import type { Handler } from './handler.ts';

/** How many properties one page holds under the `properties-paged` fault. */
const PAGE_SIZE = 10;

/** The lenient twin's property: the required members, modificationMetadata, and hasUniqueValue when true (lenient.ts). */
function requiredView(property: PropertyDef): Record<string, unknown> {
  const { name, label, type, fieldType, groupName, description, modificationMetadata } = property;
  const options = property.options.map(({ label: text, value, hidden }) => ({ label: text, value, hidden }));
  return { name, label, type, fieldType, groupName, description, options, modificationMetadata, ...(property.hasUniqueValue ? { hasUniqueValue: true } : {}) };
}

/** A property as discovery shows it, with the discovery faults applied. */
export function propertyView(property: PropertyDef, faults: FaultSet, lenient = false): Record<string, unknown> {
  const view: Record<string, unknown> = lenient ? requiredView(property) : { ...property, createdAt: FIXTURE_TIME, updatedAt: FIXTURE_TIME };
  if (faults.has('properties-without-options')) view['options'] = [];
  if (faults.has('properties-without-unique-flag')) delete view['hasUniqueValue'];
  if (faults.has('properties-without-group-name')) delete view['groupName'];
  if (faults.has('options-without-hidden')) view['options'] = property.options.map(({ label, value }) => ({ label, value }));
  if (faults.has('properties-without-modification-metadata')) delete view['modificationMetadata'];
  return view;
}

export const getProperties: Handler = async (ctx, input) => {
  const archivedOnly = input.url.searchParams.get('archived') === 'true' && !ctx.faults.has('properties-archived-ignored');
  const listed = input.type.def.properties.filter((property) => property.archived === archivedOnly);
  const results = listed.map((property) => propertyView(property, ctx.faults, ctx.lenient));
  if (ctx.faults.has('properties-paged') && results.length > PAGE_SIZE) {
    return { status: 200, body: { results: results.slice(0, PAGE_SIZE), paging: { next: { after: String(PAGE_SIZE) } } } };
  }
  return { status: 200, body: { results } };
};
