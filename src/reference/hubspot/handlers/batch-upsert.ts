/**
 * POST /crm/objects/2026-03/{objectType}/batch/upsert (and the v3 path): each input updates
 * the live record its idProperty value names (`new: false`) or creates one (`new: true`).
 * Inputs naming the same value share one record, so a batch never makes duplicates. Every
 * input is checked, and the whole batch planned, before the first write; a bad input refuses
 * the batch with 400 (or 409 for a unique value held elsewhere) and nothing is written.
 */
import { readJson } from '../../common/read-body.ts';
import { invalidInput } from '../http/hubspot-error.ts';
import { objectView, writtenNames } from '../object-view.ts';
import type { ServedType, ServerContext } from '../server-context.ts';
import type { StoredObject } from '../store/object-store.ts';
import { findLive } from '../validation/id-property.ts';
import { checkUnique, duplicateValue, uniqueEntries } from '../validation/uniqueness.ts';
import { parseUpsertInputs, type UpsertInput } from '../validation/upsert-inputs.ts';
import { requireIdentity } from '../validation/write-properties.ts';
import type { Handler } from './handler.ts';

/** One record the batch writes: an update of `target`, or a create when it has none. */
interface PlannedWrite {
  readonly target: StoredObject | undefined;
  readonly values: Map<string, string>;
}

interface Plan {
  readonly writes: PlannedWrite[];
  /** For each input, the index of its write. */
  readonly slots: number[];
}

function planWrites(ctx: ServerContext, type: ServedType, inputs: readonly UpsertInput[]): Plan {
  const writes: PlannedWrite[] = [];
  const slots: number[] = [];
  const slotByKey = new Map<string, number>();
  for (const input of inputs) {
    const key = `${input.property?.name ?? ''}\u0000${input.id}`;
    let slot = slotByKey.get(key);
    if (slot === undefined) {
      const lookUp = input.property === undefined || !ctx.faults.has('upsert-always-creates');
      const target = lookUp ? findLive(ctx, type, input.id, input.property) : undefined;
      if (target === undefined && input.property === undefined) {
        throw invalidInput(`No ${type.def.singularLabel.toLowerCase()} has id ${input.id}; name an idProperty to create records.`);
      }
      slot = writes.push({ target, values: new Map() }) - 1;
      slotByKey.set(key, slot);
    }
    for (const [name, value] of input.values) writes[slot]!.values.set(name, value);
    slots.push(slot);
  }
  return { writes, slots };
}

/** No unique value may end up on two records: not held elsewhere, not claimed twice in the batch. */
function checkBatchUnique(ctx: ServerContext, type: ServedType, writes: readonly PlannedWrite[]): void {
  const claims = new Map<string, number>();
  writes.forEach((write, index) => {
    checkUnique(ctx, type, write.values, write.target?.id);
    for (const [name, value] of uniqueEntries(type, write.values)) {
      const claimant = claims.get(`${name}\u0000${value}`);
      if (claimant !== undefined) throw duplicateValue(type, name, writes[claimant]?.target?.id ?? 'another input of this batch', ctx.faults);
      claims.set(`${name}\u0000${value}`, index);
    }
  });
}

export const batchUpsert: Handler = async (ctx, input) => {
  const { type } = input;
  const requestedAt = new Date().toISOString();
  const inputs = parseUpsertInputs(ctx, type, await readJson(input.req), input.url);
  // From here to the last write there is no await: concurrent batches cannot interleave.
  const { writes, slots } = planWrites(ctx, type, inputs);
  for (const write of writes) if (write.target === undefined) requireIdentity(type, write.values, ctx.faults);
  if (!ctx.faults.has('unique-ignored-on-upsert')) checkBatchUnique(ctx, type, writes);

  const startedAt = new Date().toISOString();
  const records = writes.map((write) => (write.target === undefined ? ctx.store.insert(type.def.name, write.values) : ctx.store.update(write.target, write.values)));
  const results = inputs.map((sent, i) => {
    const slot = slots[i]!;
    const created = writes[slot]!.target === undefined && !ctx.faults.has('upsert-new-flag-always-false');
    return { ...objectView(ctx, type, records[slot]!, writtenNames(type, sent.values)), new: created };
  });
  const status = ctx.faults.has('upsert-status-pending') ? 'PENDING' : 'COMPLETE';
  return { status: 200, body: { status, results, requestedAt, startedAt, completedAt: new Date().toISOString() } };
};
