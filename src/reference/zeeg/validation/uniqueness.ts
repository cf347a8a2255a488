/**
 * The isUnique rule: a non-null value of a unique attribute may not be held by another record.
 * A record may always keep (or be re-given) its own value. Null is never a duplicate; the empty
 * string is an ordinary value.
 */
import { badRequest } from '../../common/http-error.ts';
import type { ServedObject, ServerContext } from '../server-context.ts';

/** Throw 400 when a unique value in `values` belongs to a record other than `selfId`. */
export function checkUnique(ctx: ServerContext, object: ServedObject, values: ReadonlyMap<string, unknown>, selfId?: string): void {
  for (const [key, value] of values) {
    if (value === null || object.writable.get(key)?.isUnique !== true) continue;
    const holders = ctx.store.holders(object.def.slug, key, value);
    const other = holders.find((record) => record.id !== selfId);
    const ownValueRejected = ctx.faults.has('unique-rejects-own-value') && holders.length > 0;
    if (other !== undefined || ownValueRejected) {
      throw badRequest(`Value of unique attribute "${key}" already exists on another record.`);
    }
  }
}
