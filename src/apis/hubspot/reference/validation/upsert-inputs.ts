/**
 * Checking a batch upsert body in full before anything is written (facts B5): `{ inputs }`,
 * each input `{ id, idProperty?, properties }` with a non-empty id and an idProperty that names
 * a unique property, or none (then id is the record id). An idProperty query parameter applies
 * to inputs that name none (the facts' [DISAGREE] on where idProperty goes).
 */
import { isJsonObject } from '../../../../reference/common/read-body.ts';
import { HubspotError, invalidInput } from '../http/hubspot-error.ts';
import type { PropertyDef } from '../schema.ts';
import type { ServedType, ServerContext } from '../server-context.ts';
import { resolveIdProperty } from './id-property.ts';
import { requireValidProperties } from './write-properties.ts';

export interface UpsertInput {
  /** The idProperty value (or the record id when `property` is undefined). */
  readonly id: string;
  readonly property: PropertyDef | undefined;
  /** The checked properties, the idProperty's own value included. */
  readonly values: Map<string, string>;
}

/** The input's idProperty; under a fault a non-unique one is answered 404. */
function idPropertyOf(ctx: ServerContext, type: ServedType, name: string | null): PropertyDef | undefined {
  try {
    return resolveIdProperty(type, name, ctx.faults);
  } catch (error) {
    if (!(error instanceof HubspotError) || !ctx.faults.has('upsert-non-unique-id-property-as-404')) throw error;
    throw new HubspotError(404, 'OBJECT_NOT_FOUND', error.message);
  }
}

function parseInput(ctx: ServerContext, type: ServedType, raw: unknown, index: number, queryIdProperty: string | null): UpsertInput {
  const where = `inputs[${index}]`;
  if (!isJsonObject(raw)) throw invalidInput(`${where} must be an object.`);
  const id = raw['id'];
  if (typeof id !== 'string') throw invalidInput(`${where}.id must be a string.`);
  if (id === '' && !ctx.faults.has('upsert-empty-id-accepted')) throw invalidInput(`${where}.id must not be empty.`);
  const named = raw['idProperty'];
  if (named !== undefined && typeof named !== 'string') throw invalidInput(`${where}.idProperty must be a string.`);
  const property = idPropertyOf(ctx, type, named ?? queryIdProperty);
  if (!Object.hasOwn(raw, 'properties')) throw invalidInput(`${where} must have "properties".`);
  const values = requireValidProperties(type, raw['properties'], ctx.faults, ctx.lenient);
  if (property !== undefined) {
    const sent = values.get(property.name);
    if (sent !== undefined && sent !== id) throw invalidInput(`${where}: properties.${property.name} differs from id.`);
    if (!ctx.faults.has('upsert-create-drops-id-value')) values.set(property.name, id);
  }
  return { id, property, values };
}

/** Every input of a batch upsert body, checked; throws 400 on the first bad input. */
export function parseUpsertInputs(ctx: ServerContext, type: ServedType, body: unknown, url: URL): UpsertInput[] {
  if (!isJsonObject(body) || !Array.isArray(body['inputs'])) throw invalidInput('Request body must be { "inputs": [...] }.');
  const queryIdProperty = ctx.lenient || ctx.faults.has('upsert-query-id-property-ignored') ? null : url.searchParams.get('idProperty');
  if (!ctx.faults.has('upsert-drops-invalid-inputs')) return body['inputs'].map((raw, index) => parseInput(ctx, type, raw, index, queryIdProperty));
  return body['inputs'].flatMap((raw, index) => {
    try {
      return [parseInput(ctx, type, raw, index, queryIdProperty)];
    } catch {
      return [];
    }
  });
}
