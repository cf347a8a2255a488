/**
 * Discovery: GET /api/custom-objects/{identifier} (object details with fields, by UUID or api
 * name) and GET /api/custom-objects/{object_pk}/fields (the plain, unpaginated field list, by
 * UUID only).
 */
import type { KizenFieldDef } from '../object-def.ts';
import { requireObject, type ServedObject, type ServerContext } from '../server-context.ts';
import { param, type Handler } from './handler.ts';

/** One field as discovery shows it. */
function fieldView(ctx: ServerContext, field: KizenFieldDef): Record<string, unknown> {
  const hideTarget = field.relation !== undefined && ctx.faults.has('discovery-relation-target-missing');
  return {
    id: field.id,
    name: field.name,
    display_name: field.display_name,
    field_type: field.field_type === 'phonenumber' && ctx.faults.has('discovery-field-type-aliases') ? 'phone' : field.field_type,
    category: null,
    is_required: field.is_required,
    is_read_only: field.is_read_only,
    is_hidden: field.is_hidden,
    is_deletable: !field.is_default,
    is_default: field.is_default,
    allows_nulls: !field.is_required,
    allows_empty: !field.is_required,
    options: (field.options ?? []).map((option) => (ctx.faults.has('discovery-options-without-code') ? { id: option.id, name: option.name } : option)),
    relation: field.relation === undefined || hideTarget ? null : { related_field: null, ...field.relation },
    money_options: field.currency === undefined ? null : { currency: field.currency },
  };
}

function fieldsOf(ctx: ServerContext, object: ServedObject): Record<string, unknown>[] {
  return object.def.fields.map((field) => fieldView(ctx, field));
}

export const getObject: Handler = async (ctx, input) => {
  const object = requireObject(ctx, param(input, 'identifier'), ctx.faults.has('discovery-by-name-refused'));
  const { def } = object;
  const entityName = ctx.faults.has('discovery-without-entity-name') ? {} : { entity_name: def.entity_name };
  return {
    status: 200,
    body: {
      id: def.id,
      name: def.name,
      object_name: def.object_name,
      ...entityName,
      object_type: def.object_type,
      is_custom: def.is_custom,
      allow_relations: true,
      fetch_url: def.is_custom ? 'custom-objects' : 'client',
      fields: fieldsOf(ctx, object),
      categories: [{ id: `${def.id}-main`, name: 'Main', order: 0 }],
    },
  };
};

export const listObjectFields: Handler = async (ctx, input) => {
  const pk = param(input, 'objectPk');
  const unknown = !ctx.objects.some((served) => served.def.id === pk);
  if (unknown && ctx.faults.has('fields-unknown-object-empty')) return { status: 200, body: [] };
  const object = requireObject(ctx, pk, true);
  const listed = fieldsOf(ctx, object);
  const fields = ctx.faults.has('fields-list-without-display-name') ? listed.map(({ display_name: _shown, ...rest }) => rest) : listed;
  if (ctx.faults.has('fields-list-paginated')) {
    return { status: 200, body: { count: fields.length, next: null, previous: null, results: fields, errors: [] } };
  }
  return { status: 200, body: fields };
};
