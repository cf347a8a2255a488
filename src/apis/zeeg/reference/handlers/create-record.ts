/**
 * POST /v2/crm/{objectSlug}: create a record from a flat body of attribute values. Omitted
 * attributes are null; `{}` creates an empty record. Answers 201 with the record (200 in the twin).
 */
import { badRequest } from '../../../../reference/common/http-error.ts';
import { isJsonObject, readJson } from '../../../../reference/common/read-body.ts';
import { recordReply } from '../record-view.ts';
import { requireWriteObject, type ServedObject, type ServerContext } from '../server-context.ts';
import { checkReferences } from '../validation/references.ts';
import { checkRequired } from '../validation/required.ts';
import { checkUnique } from '../validation/uniqueness.ts';
import { validateWriteBody } from '../validation/write-body.ts';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { param, type Handler } from './handler.ts';

/** Validates a create body; the `refused-create-stored` fault stores the valid part of a refused one. */
function validateOrLeak(ctx: ServerContext, object: ServedObject, body: unknown): Map<string, unknown> {
  try {
    return validateWriteBody(ctx, object, body);
  } catch (error) {
    if (ctx.faults.has('refused-create-stored') && isJsonObject(body)) {
      const valid = Object.entries(body).filter(([key, value]) => object.writable.has(key) && object.validators.value(key, value).valid);
      ctx.store.insert(object.def.slug, new Map(valid), {});
    }
    throw error;
  }
}

/** The `unknown-object-creates` fault: a create in an object that does not exist echoes a record. */
async function phantomCreate(slug: string, body: unknown) {
  return { status: 201, body: { success: true, status: 201, record: { id: randomUUID(), objectSlug: slug, attributes: isJsonObject(body) ? body : {} } } };
}

/** How long the `unique-race-on-create` fault waits between the unique check and the insert. */
const UNIQUE_GAP_MS = 8;

export const createRecord: Handler = async (ctx, input) => {
  const slug = param(input, 'slug');
  if (ctx.faults.has('unknown-object-creates') && !ctx.objects.has(slug)) return phantomCreate(slug, await readJson(input.req));
  const object = requireWriteObject(ctx, slug);
  const body = await readJson(input.req);
  if (ctx.faults.has('create-empty-body-rejected') && isJsonObject(body) && Object.keys(body).length === 0) {
    throw badRequest('Request body must contain at least one attribute.');
  }
  const values = validateOrLeak(ctx, object, body);
  for (const [key, attr] of object.writable) {
    if (ctx.faults.has('create-defaults-omitted') && attr.type === 'checkbox' && !values.has(key)) values.set(key, false);
    if (ctx.faults.has('create-drops-dates') && attr.type === 'date' && values.has(key)) values.set(key, null);
  }
  checkReferences(ctx, object, values);
  if (!ctx.faults.has('required-not-enforced') && !ctx.lenient.has('required-not-enforced')) checkRequired(object, values);
  if (!ctx.faults.has('unique-ignored-on-create')) checkUnique(ctx, object, values, {});
  // The fault: a check-then-insert with a gap, as a store without a unique index has. The gap
  // is short, so a run against the fault stays fast; racing creates arrive well within it.
  if (ctx.faults.has('unique-race-on-create')) await sleep(UNIQUE_GAP_MS);

  const id = ctx.faults.has('record-id-not-uuid') ? String(ctx.store.list(object.def.slug).length + 1) : undefined;
  const record = ctx.store.insert(object.def.slug, values, { id });
  ctx.persist();
  const status = ctx.faults.has('wrong-status-create-200') || ctx.lenient.has('create-answers-200') ? 200 : 201;
  return recordReply(ctx, object, status, record, { omitNulls: ctx.faults.has('create-omits-null-attributes') });
};
