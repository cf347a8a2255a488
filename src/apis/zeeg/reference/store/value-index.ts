/**
 * An index of one attribute: canonical value → ids of the records holding it. Null values are
 * never indexed (null is never a match and never a duplicate).
 */
import { valueKey } from './value-key.ts';

export class ValueIndex {
  private readonly holders = new Map<string, Set<string>>();

  add(value: unknown, recordId: string): void {
    if (value === null || value === undefined) return;
    const key = valueKey(value);
    let ids = this.holders.get(key);
    if (ids === undefined) {
      ids = new Set();
      this.holders.set(key, ids);
    }
    ids.add(recordId);
  }

  delete(value: unknown, recordId: string): void {
    if (value === null || value === undefined) return;
    const key = valueKey(value);
    const ids = this.holders.get(key);
    if (ids === undefined) return;
    ids.delete(recordId);
    if (ids.size === 0) this.holders.delete(key);
  }

  /** Ids of records whose value is deep-equal to `value` (empty for null). */
  find(value: unknown): readonly string[] {
    if (value === null || value === undefined) return [];
    return [...(this.holders.get(valueKey(value)) ?? [])];
  }
}
