/**
 * The isUnique rule: a non-null value of a unique attribute may not be held by another record.
 * A record may always keep (or be re-given) its own value. Null is never a duplicate; the empty
 * string is an ordinary value.
 */
import { HttpError } from '../../../../reference/common/http-error.ts';
import type { ServedObject, ServerContext } from '../server-context.ts';

export interface UniqueCheck {
  /** The record being written, which may keep its own values. */
  selfId?: string;
  /** A fault: refuse a record its own value too. */
  rejectOwn?: boolean;
  /** The status of a conflict (400 unless a patch says otherwise). */
  status?: number;
}

/** Throw (400 by default) when a unique value in `values` belongs to a record other than `selfId`. */
export function checkUnique(ctx: ServerContext, object: ServedObject, values: ReadonlyMap<string, unknown>, check: UniqueCheck): void {
  const { selfId, rejectOwn = false, status = 400 } = check;
  for (const [key, value] of values) {
    if (value === null || object.writable.get(key)?.isUnique !== true) continue;
    const holders = ctx.store.holders(object.def.slug, key, value);
    const other = holders.find((record) => record.id !== selfId);
    if (other !== undefined || (rejectOwn && holders.length > 0)) {
      throw new HttpError(status, `Value of unique attribute "${key}" already exists on another record.`);
    }
  }
}
