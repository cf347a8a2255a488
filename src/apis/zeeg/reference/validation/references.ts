/**
 * Relation and user values must name things that exist: relation ids must be records of the
 * related object, user ids must be organization members. The record pages are silent on what
 * happens otherwise; our reading is that the server rejects unknown ids with 400, like any
 * other invalid value. The lenient twin keeps such ids (lenient.ts).
 */
import { badRequest } from '../../../../reference/common/http-error.ts';
import { checkOptionMembership } from './option-membership.ts';
import type { ServedObject, ServerContext, WritableAttribute } from '../server-context.ts';

/** Throw 400 if an id in `ids` names no record / member for this attribute. */
export function checkReferencedIds(ctx: ServerContext, attr: WritableAttribute, ids: readonly unknown[]): void {
  if (ctx.lenient.has('unknown-references-kept')) return;
  if (attr.type === 'relation') {
    if (ctx.faults.has('relation-accepts-unknown-record')) return;
    const related = attr.relatedObjectSlug ?? '';
    for (const id of ids) {
      if (typeof id !== 'string' || ctx.store.get(related, id) === undefined) {
        throw badRequest(`Attribute "${attr.key}": no ${related} record with id "${String(id)}".`);
      }
    }
  } else if (attr.type === 'user') {
    if (ctx.faults.has('user-accepts-unknown-member')) return;
    for (const id of ids) {
      if (typeof id !== 'string' || !ctx.members.has(id)) {
        throw badRequest(`Attribute "${attr.key}": no organization member with id "${String(id)}".`);
      }
    }
  }
}

/**
 * Check every relation and user value of a validated write body, and that multiselect items
 * name options of their attribute.
 */
export function checkReferences(ctx: ServerContext, object: ServedObject, values: ReadonlyMap<string, unknown>): void {
  checkOptionMembership(ctx, object, values);
  for (const [key, value] of values) {
    const attr = object.writable.get(key);
    if (attr === undefined || !Array.isArray(value)) continue;
    checkReferencedIds(ctx, attr, value);
  }
}
