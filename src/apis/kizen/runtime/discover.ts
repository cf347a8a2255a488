/**
 * Discovery of a Kizen object: object details (GET /api/custom-objects/{identifier}) and the
 * field list (GET /api/custom-objects/{object UUID}/fields), turned into the model's fields.
 * The field list is authoritative; the details' own fields stand in when the list is unusable.
 */
import type { Reply, TargetClient } from '../../../http/client.ts';
import { identifierName, kindOf, type FieldOption, type KizenField } from '../model/world.ts';

export interface Discovered {
  objectId: string;
  apiName: string;
  fields: KizenField[];
  details: Reply;
  list: Reply;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function objectPath(identifier: string): string {
  return `/api/custom-objects/${encodeURIComponent(identifier)}`;
}

export function recordsPath(object: string, rest = ''): string {
  return `/api/records/${encodeURIComponent(object)}${rest}`;
}

export function fetchObject(client: TargetClient, identifier: string, step: string, token?: string): Promise<Reply> {
  return client.send(step, { method: 'GET', path: objectPath(identifier), ...(token === undefined ? {} : { token }) });
}

export function fetchFields(client: TargetClient, objectId: string, step: string): Promise<Reply> {
  return client.send(step, { method: 'GET', path: `${objectPath(objectId)}/fields` });
}

function optionsOf(raw: unknown): FieldOption[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObject).filter((o) => typeof o['id'] === 'string').map((o) => ({ id: o['id'] as string, name: String(o['name'] ?? ''), ...(typeof o['code'] === 'string' ? { code: o['code'] } : {}) }));
}

/** One discovered field; undefined when it lacks an id or an api name. */
export function fieldOf(raw: unknown): KizenField | undefined {
  if (!isObject(raw) || typeof raw['id'] !== 'string' || typeof raw['name'] !== 'string') return undefined;
  const fieldType = String(raw['field_type'] ?? '');
  const relation = isObject(raw['relation']) ? raw['relation'] : undefined;
  const target = relation !== undefined && typeof relation['related_object'] === 'string' && typeof relation['related_object_object_name'] === 'string';
  const many = relation?.['cardinality'] === 'many_to_many' || relation?.['cardinality'] === 'one_to_many';
  const kind = kindOf(fieldType);
  return {
    id: raw['id'],
    name: raw['name'],
    fieldType,
    ...(kind === undefined ? {} : { kind }),
    required: raw['is_required'] === true,
    readOnly: raw['is_read_only'] === true,
    hidden: raw['is_hidden'] === true,
    ...(typeof raw['is_default'] === 'boolean' ? { isDefault: raw['is_default'] } : {}),
    options: optionsOf(raw['options']),
    ...(target ? { relation: { objectId: relation['related_object'] as string, objectName: relation['related_object_object_name'] as string, many } } : {}),
  };
}

/** Discovers an object; a string says why it cannot be used. */
export async function discover(client: TargetClient, slug: string, step = 'discovery'): Promise<Discovered | string> {
  const details = await fetchObject(client, slug, step);
  const body = details.json;
  if (details.status !== 200 || !isObject(body) || typeof body['id'] !== 'string') {
    return `object details of "${slug}" answered ${details.status}; name the object by its UUID with --object`;
  }
  const objectId = body['id'];
  const list = await fetchFields(client, objectId, `${step}: fields`);
  const raw = Array.isArray(list.json) ? list.json : Array.isArray(body['fields']) ? body['fields'] : undefined;
  if (raw === undefined) return `neither the field list nor the object details of "${slug}" list its fields`;
  const fields = raw.map(fieldOf).filter((f): f is KizenField => f !== undefined);
  const apiName = typeof body['name'] === 'string' ? body['name'] : slug;
  if (!fields.some((f) => f.name === identifierName(apiName))) return `"${slug}" has no identifier field "${identifierName(apiName)}"`;
  return { objectId, apiName, fields, details, list };
}
