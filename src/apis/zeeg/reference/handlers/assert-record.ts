/**
 * PUT /v2/crm/{objectSlug}?matchingAttribute=<key>: upsert. The first record (in creation
 * order) whose matching attribute exactly equals the body's value is updated with the body's
 * attributes (omitted ones unchanged) → 200; with no match a record is created (omitted ones
 * null) → 201. Lookup and write happen without yielding, so racing asserts cannot both create.
 * The twin updates the newest of several matches and answers 422 to a missing matching attribute.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { badRequest, HttpError } from '../../../../reference/common/http-error.ts';
import { refusalStatus } from '../lenient.ts';
import { readJson } from '../../../../reference/common/read-body.ts';
import { recordReply } from '../record-view.ts';
import { requireWriteObject, type ServedObject, type ServerContext } from '../server-context.ts';
import type { StoredRecord } from '../store/record-store.ts';
import { checkReferences } from '../validation/references.ts';
import { checkRequired } from '../validation/required.ts';
import { checkUnique } from '../validation/uniqueness.ts';
import { validateWriteBody } from '../validation/write-body.ts';
import { param, type Handler } from './handler.ts';

/** How long the `assert-race-duplicates` fault waits between lookup and write. */
const RACE_GAP_MS = 30;

/** The record an assert updates, or undefined when it must create one. */
function findMatch(ctx: ServerContext, object: ServedObject, key: string, value: unknown): StoredRecord | undefined {
  if (value === null || ctx.faults.has('assert-duplicates')) return undefined;
  if (ctx.faults.has('assert-case-insensitive-match') && typeof value === 'string') {
    const wanted = value.toLowerCase();
    return ctx.store.list(object.def.slug).find((r) => {
      const held = r.values.get(key);
      return typeof held === 'string' && held.toLowerCase() === wanted;
    });
  }
  const holders = ctx.store.holders(object.def.slug, key, value);
  if (holders.length > 1 && ctx.faults.has('assert-shared-value-creates')) return undefined;
  return ctx.faults.has('assert-matches-last') || ctx.lenient.has('first-match-newest') ? holders.at(-1) : holders[0];
}

/** A refusal of a missing or unusable matching attribute: 400, 422 in the twin. */
function matchingRefusal(ctx: ServerContext, message: string): HttpError {
  return new HttpError(refusalStatus(ctx.lenient, 'assert-refusals-422', 400, 422), message);
}

/** The matching attribute key, checked against the query and the object. */
function matchingKey(ctx: ServerContext, object: ServedObject, url: URL): string | undefined {
  const key = url.searchParams.get('matchingAttribute');
  if (key === null || key === '') {
    if (ctx.faults.has('assert-missing-matching-accepted')) return undefined;
    throw matchingRefusal(ctx, 'Query parameter "matchingAttribute" is required.');
  }
  if (!object.writable.has(key)) throw matchingRefusal(ctx, `matchingAttribute "${key}" is not a writable attribute of "${object.def.slug}".`);
  return key;
}

/** The matching value from the body: present, not null, not the empty string. */
function matchingValue(ctx: ServerContext, key: string, values: ReadonlyMap<string, unknown>): unknown {
  if (!values.has(key)) {
    if (ctx.faults.has('assert-missing-matching-value-accepted')) return null;
    throw matchingRefusal(ctx, `The body must include a value for the matching attribute "${key}".`);
  }
  const value = values.get(key);
  if (value === null && !ctx.faults.has('assert-null-matching-accepted')) {
    throw badRequest(`The value of the matching attribute "${key}" must not be null.`);
  }
  if (value === '' && !ctx.faults.has('assert-empty-matching-accepted')) {
    throw badRequest(`The value of the matching attribute "${key}" must not be empty.`);
  }
  return value;
}

export const assertRecord: Handler = async (ctx, input) => {
  const object = requireWriteObject(ctx, param(input, 'slug'));
  const key = matchingKey(ctx, object, input.url);
  const body = await readJson(input.req);
  const values = validateWriteBody(ctx, object, body);
  const value = key === undefined ? null : matchingValue(ctx, key, values);
  checkReferences(ctx, object, values);

  // From here to the write there is no await on the clean path.
  const target = key === undefined ? undefined : findMatch(ctx, object, key, value);
  if (target === undefined) checkRequired(object, values);
  if (!ctx.faults.has('unique-ignored-on-assert')) checkUnique(ctx, object, values, { selfId: target?.id, rejectOwn: ctx.faults.has('unique-rejects-own-value') });
  if (ctx.faults.has('assert-race-duplicates')) await sleep(RACE_GAP_MS);

  if (target !== undefined) {
    const changes = new Map(values);
    if (ctx.faults.has('assert-wipes-omitted')) {
      for (const attr of object.writable.keys()) if (!changes.has(attr)) changes.set(attr, null);
    }
    const updated = ctx.store.update(target, changes);
    if (ctx.faults.has('assert-updates-every-match') && key !== undefined) {
      for (const other of ctx.store.holders(object.def.slug, key, value)) if (other.id !== target.id) ctx.store.update(other, changes);
    }
    ctx.persist();
    return recordReply(ctx, object, ctx.faults.has('assert-update-returns-201') ? 201 : 200, updated);
  }
  const stored = new Map(values);
  if (key !== undefined && ctx.faults.has('assert-drops-matching-value')) stored.delete(key);
  const created = ctx.store.insert(object.def.slug, stored);
  ctx.persist();
  return recordReply(ctx, object, ctx.faults.has('assert-create-returns-200') ? 200 : 201, created);
};
