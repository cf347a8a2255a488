/**
 * POST /crm/objects/2026-03/{objectType} (and the v3 path): create a record from
 * `{ properties, associations }` (create page). Answers 201 with the object. Associations are
 * checked for shape only; the reference server does not store them.
 */
import { isJsonObject, readJson } from '../../../../reference/common/read-body.ts';
import type { FaultSet } from '../faults/fault-set.ts';
import { invalidInput } from '../http/hubspot-error.ts';
import { objectReply, withWrongValues, writtenNames } from '../object-view.ts';
import { checkUnique } from '../validation/uniqueness.ts';
import { propertiesOf, requireIdentity, requireRequired, requireValidProperties } from '../validation/write-properties.ts';
import { pause, type Handler } from './handler.ts';

/** An association names the record to link (`to.id`) and a list of association types. */
function isAssociation(value: unknown): boolean {
  if (!isJsonObject(value) || !isJsonObject(value['to']) || !Array.isArray(value['types'])) return false;
  return typeof value['to']['id'] === 'string' && value['types'].every((spec) => isJsonObject(spec) && Number.isInteger(spec['associationTypeId']));
}

function checkAssociations(body: Record<string, unknown>, faults: FaultSet): void {
  if (!Object.hasOwn(body, 'associations')) return;
  const associations = body['associations'];
  if (faults.has('create-empty-associations-rejected') && Array.isArray(associations) && associations.length === 0) {
    throw invalidInput('"associations" must not be empty.');
  }
  if (!Array.isArray(associations) || !associations.every(isAssociation)) {
    throw invalidInput('"associations" must be an array of { to: { id }, types: [{ associationCategory, associationTypeId }] }.');
  }
}

export const createObject: Handler = async (ctx, input) => {
  const { type } = input;
  const body = await readJson(input.req);
  const values = requireValidProperties(type, propertiesOf(body), ctx.faults, ctx.lenient);
  if (ctx.lenient && !Object.hasOwn(body as Record<string, unknown>, 'associations')) throw invalidInput('Request body must have "associations".');
  checkAssociations(body as Record<string, unknown>, ctx.faults);
  requireIdentity(type, values, ctx.faults, ctx.lenient);
  requireRequired(type, values);
  if (!ctx.faults.has('unique-ignored-on-create')) checkUnique(ctx, type, values);
  // Between the check and the write nothing else may run; this fault lets racing creates in there.
  if (ctx.faults.has('unique-create-race')) await pause();

  const record = ctx.store.insert(type.def.name, values);
  const status = ctx.faults.has('create-returns-200') ? 200 : 201;
  const reply = objectReply(ctx, type, status, record, writtenNames(ctx, type, values));
  return ctx.faults.has('create-reply-wrong-values') ? withWrongValues(reply, values) : reply;
};
