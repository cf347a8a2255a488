/**
 * Multiselect items must name options of their attribute. The shared value schema checks the
 * shape ({ id } objects) and leaves option membership to callers, since the record pages state
 * it for select only; the options come from the same schema, so the server enforces it (400).
 * Ids compare with their JSON type: 1 and "1" are different options.
 */
import { badRequest } from '../../../../reference/common/http-error.ts';
import type { ServedObject, ServerContext } from '../server-context.ts';

function optionId(item: unknown): unknown {
  return typeof item === 'object' && item !== null && Object.hasOwn(item, 'id') ? (item as { id: unknown }).id : undefined;
}

/** Throw 400 when a multiselect item of a validated write body names no option. */
export function checkOptionMembership(ctx: ServerContext, object: ServedObject, values: ReadonlyMap<string, unknown>): void {
  if (ctx.faults.has('multiselect-accepts-unknown-option') || ctx.lenient.has('unknown-references-kept')) return;
  for (const [key, value] of values) {
    const attr = object.writable.get(key);
    if (attr?.type !== 'multiselect' || !Array.isArray(value)) continue;
    const known = new Set((attr.options ?? []).map((option) => option.id));
    // Items without an id are a shape error the value schema reports; only ids are looked up here.
    const unknown = value.map(optionId).find((id) => id !== undefined && !known.has(id as string | number));
    if (unknown !== undefined) {
      throw badRequest(`Attribute "${key}": option id ${JSON.stringify(unknown)} is not one of its options.`);
    }
  }
}
