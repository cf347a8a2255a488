/**
 * POST /v2/crm/{objectSlug}: create a record from a flat body of attribute values. Omitted
 * attributes are null; `{}` creates an empty record. Answers 201 with the record.
 */
import { badRequest } from '../../common/http-error.ts';
import { isJsonObject, readJson } from '../../common/read-body.ts';
import { recordReply } from '../record-view.ts';
import { requireObject } from '../server-context.ts';
import { checkReferences } from '../validation/references.ts';
import { checkRequired } from '../validation/required.ts';
import { checkUnique } from '../validation/uniqueness.ts';
import { validateWriteBody } from '../validation/write-body.ts';
import { param, type Handler } from './handler.ts';

export const createRecord: Handler = async (ctx, input) => {
  const object = requireObject(ctx, param(input, 'slug'));
  const body = await readJson(input.req);
  if (ctx.faults.has('create-empty-body-rejected') && isJsonObject(body) && Object.keys(body).length === 0) {
    throw badRequest('Request body must contain at least one attribute.');
  }
  const values = validateWriteBody(object, body, ctx.faults);
  checkReferences(ctx, object, values);
  checkRequired(object, values);
  if (!ctx.faults.has('unique-ignored-on-create')) checkUnique(ctx, object, values);

  const id = ctx.faults.has('record-id-not-uuid') ? String(ctx.store.list(object.def.slug).length + 1) : undefined;
  const record = ctx.store.insert(object.def.slug, values, { id });
  ctx.persist();
  const status = ctx.faults.has('wrong-status-create-200') ? 200 : 201;
  return recordReply(ctx, object, status, record, { omitNulls: ctx.faults.has('create-omits-null-attributes') });
};
