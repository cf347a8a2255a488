/**
 * PATCH /v2/crm/{objectSlug}/{recordId}/relation with `{ attributeSlug, add?, remove? }`:
 * surgical add/remove on one relation or user attribute. Linking an already linked id or
 * unlinking one that is not linked is a no-op; ids not mentioned are untouched. The twin answers
 * 422 to a refused rule and ignores body keys it does not know.
 */
import { badRequest, HttpError, notFound } from '../../../../reference/common/http-error.ts';
import { refusalStatus } from '../lenient.ts';
import { isJsonObject, readJson } from '../../../../reference/common/read-body.ts';
import { recordReply } from '../record-view.ts';
import { requireObject, type ServedObject, type ServerContext, type WritableAttribute } from '../server-context.ts';
import { checkReferencedIds } from '../validation/references.ts';
import { checkUnique } from '../validation/uniqueness.ts';
import { param, type Handler } from './handler.ts';

const BODY_KEYS = new Set(['attributeSlug', 'add', 'remove']);

interface RelationChange {
  attr: WritableAttribute;
  add: string[];
  remove: string[];
}

/** One of `add` / `remove`: absent means [], otherwise an array of UUIDs (the value validator). */
function idList(object: ServedObject, attr: WritableAttribute, body: Record<string, unknown>, name: 'add' | 'remove'): string[] {
  if (!Object.hasOwn(body, name)) return [];
  const list = body[name];
  // Relation and user values share one schema (an array of UUIDs): the value validator checks it.
  const linkType = attr.type === 'relation' || attr.type === 'user';
  if (!Array.isArray(list) || (linkType && !object.validators.value(attr.key, list).valid)) {
    throw badRequest(`"${name}" must be an array of UUIDs.`);
  }
  return list as string[];
}

/** A refusal of one of the endpoint's rules: 400, 422 in the twin. */
function ruleRefusal(ctx: ServerContext, message: string): HttpError {
  return new HttpError(refusalStatus(ctx.lenient, 'relation-refusals-422', 400, 422), message);
}

function parseChange(ctx: ServerContext, object: ServedObject, body: unknown): RelationChange {
  if (!isJsonObject(body)) throw badRequest('Request body must be a JSON object.');
  const extra = Object.keys(body).find((key) => !BODY_KEYS.has(key));
  if (extra !== undefined && !ctx.lenient.has('unknown-keys-ignored')) throw badRequest(`Unknown field "${extra}"; expected attributeSlug, add and remove.`);
  const slug = body['attributeSlug'];
  const attr = typeof slug === 'string' ? object.writable.get(slug) : undefined;
  const linkType = attr?.type === 'relation' || attr?.type === 'user';
  if (attr === undefined || (!linkType && !ctx.faults.has('relation-any-attribute-accepted'))) {
    throw ruleRefusal(ctx, '"attributeSlug" must name a relation or user attribute of the object.');
  }
  const add = idList(object, attr, body, 'add');
  const remove = idList(object, attr, body, 'remove');
  if (add.length === 0 && remove.length === 0 && !ctx.faults.has('relation-empty-change-accepted')) {
    throw ruleRefusal(ctx, 'At least one of "add" or "remove" must be present and non-empty.');
  }
  if (add.some((id) => remove.includes(id)) && !ctx.faults.has('relation-overlap-accepted')) {
    throw ruleRefusal(ctx, 'The same id cannot appear in both "add" and "remove".');
  }
  checkReferencedIds(ctx, attr, add);
  return { attr, add, remove };
}

/** The linked ids after the change, with the relation faults applied. */
function applyChange(ctx: ServerContext, held: unknown, change: RelationChange): string[] {
  let linked = Array.isArray(held) ? (held as string[]) : [];
  if (ctx.faults.has('relation-noop-rejected') && change.add.some((id) => linked.includes(id))) {
    throw badRequest('An id in "add" is already linked.');
  }
  if (ctx.faults.has('relation-add-replaces') && change.add.length > 0) linked = [];
  if (!ctx.faults.has('relation-remove-ignored')) linked = linked.filter((id) => !change.remove.includes(id));
  const added = change.add.filter((id, i) => !linked.includes(id) && change.add.indexOf(id) === i);
  return [...linked, ...added];
}

export const updateRelation: Handler = async (ctx, input) => {
  const object = requireObject(ctx, param(input, 'slug'));
  const recordId = param(input, 'recordId');
  const body = await readJson(input.req);
  const record = ctx.store.get(object.def.slug, recordId);
  if (record === undefined) throw notFound(`Record "${recordId}" not found.`);
  const change = parseChange(ctx, object, body);
  const next = applyChange(ctx, record.values.get(change.attr.key), change);
  const changes = new Map<string, unknown>([[change.attr.key, next]]);
  checkUnique(ctx, object, changes, { selfId: record.id });
  const updated = ctx.store.update(record, changes);
  ctx.persist();
  return recordReply(ctx, object, 200, updated);
};
