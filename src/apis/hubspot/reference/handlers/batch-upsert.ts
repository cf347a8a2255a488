/**
 * POST /crm/objects/2026-03/{objectType}/batch/upsert (and the v3 path): each input updates
 * the live record its idProperty value names (`new: false`) or creates one (`new: true`).
 * Inputs naming the same value share one record, so a batch never makes duplicates. Every
 * input is checked, and the whole batch planned, before the first write; a bad input refuses
 * the batch with 400 (or 409 for a unique value held elsewhere) and nothing is written. The
 * lenient twin takes each input on its own and lists failures in a 207 (facts B8).
 */
import { isJsonObject, readJson } from '../../../../reference/common/read-body.ts';
import { HubspotError, invalidInput } from '../http/hubspot-error.ts';
import { objectView, writtenNames } from '../object-view.ts';
import type { ServedType, ServerContext } from '../server-context.ts';
import type { StoredObject } from '../store/object-store.ts';
import { findLive } from '../validation/id-property.ts';
import { checkUnique, duplicateValue, uniqueEntries } from '../validation/uniqueness.ts';
import { parseUpsertInputs, type UpsertInput } from '../validation/upsert-inputs.ts';
import { requireIdentity, requireRequired } from '../validation/write-properties.ts';
import { pause, type Handler } from './handler.ts';

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

/** Plans and checks `inputs` as one batch: which record each input writes, or the refusal. */
function checkedPlan(ctx: ServerContext, type: ServedType, inputs: readonly UpsertInput[]): Plan {
  const plan = planWrites(ctx, type, inputs);
  for (const write of plan.writes) {
    if (write.target !== undefined) continue;
    requireIdentity(type, write.values, ctx.faults, ctx.lenient);
    requireRequired(type, write.values);
  }
  if (!ctx.faults.has('unique-ignored-on-upsert')) checkBatchUnique(ctx, type, plan.writes);
  return plan;
}

/** Writes a checked plan: all or nothing; the result of each input. */
function writePlan(ctx: ServerContext, type: ServedType, inputs: readonly UpsertInput[], { writes, slots }: Plan): Record<string, unknown>[] {
  const records = writes.map((write) => (write.target === undefined ? ctx.store.insert(type.def.name, write.values) : ctx.store.update(write.target, write.values)));
  return inputs.map((sent, i) => {
    const slot = slots[i]!;
    const created = writes[slot]!.target === undefined && !ctx.faults.has('upsert-new-flag-always-false');
    const view = objectView(ctx, type, records[slot]!, writtenNames(ctx, type, sent.values));
    return ctx.faults.has('upsert-result-without-new') ? view : { ...view, new: created };
  });
}

/** A StandardError entry of a 207 (facts B3: status, category, message, errors, context, links). */
function standardError(error: HubspotError, index: number, bare: boolean): Record<string, unknown> {
  const entry = { status: 'error', category: error.category, message: error.message, errors: error.extras.errors ?? [] };
  return bare ? entry : { ...entry, context: { inputIndex: [String(index)] }, links: {} };
}

/** Plans, checks and writes `inputs` with no await between: concurrent batches cannot interleave. */
function applyInputs(ctx: ServerContext, type: ServedType, inputs: readonly UpsertInput[]): Record<string, unknown>[] {
  return writePlan(ctx, type, inputs, checkedPlan(ctx, type, inputs));
}

/** Under the `upsert-race` fault: a pause between the look-up and the writes lets racing batches in. */
async function applyRacing(ctx: ServerContext, type: ServedType, inputs: readonly UpsertInput[]): Promise<Record<string, unknown>[]> {
  const plan = checkedPlan(ctx, type, inputs);
  await pause();
  return writePlan(ctx, type, inputs, plan);
}

/** The lenient twin (lenient.ts): each input on its own; failures are listed in a 207, the rest written. */
function applyEach(ctx: ServerContext, type: ServedType, body: unknown, url: URL): { results: Record<string, unknown>[]; errors: Record<string, unknown>[] } {
  if (!isJsonObject(body) || !Array.isArray(body['inputs'])) throw invalidInput('Request body must be { "inputs": [...] }.');
  const results: Record<string, unknown>[] = [];
  const errors: Record<string, unknown>[] = [];
  body['inputs'].forEach((raw, index) => {
    try {
      results.push(...applyInputs(ctx, type, parseUpsertInputs(ctx, type, { inputs: [raw] }, url)));
    } catch (error) {
      if (!(error instanceof HubspotError)) throw error;
      errors.push(standardError(error, index, ctx.faults.has('upsert-207-errors-bare')));
    }
  });
  return { results, errors };
}

export const batchUpsert: Handler = async (ctx, input) => {
  const { type } = input;
  const requestedAt = new Date().toISOString();
  const body = await readJson(input.req);
  const startedAt = new Date().toISOString();
  const apply = ctx.faults.has('upsert-race') ? applyRacing : async (...args: Parameters<typeof applyInputs>) => applyInputs(...args);
  // Under `upsert-207-errors-bare` the server answers 207 as the twin does, its error entries without context and links.
  const each = ctx.lenient || ctx.faults.has('upsert-207-errors-bare');
  const { results, errors } = each ? applyEach(ctx, type, body, input.url) : { results: await apply(ctx, type, parseUpsertInputs(ctx, type, body, input.url)), errors: [] };
  const status = ctx.faults.has('upsert-status-pending') ? 'PENDING' : 'COMPLETE';
  const completedAt = ctx.faults.has('upsert-reply-without-completed-at') ? {} : { completedAt: new Date().toISOString() };
  const failed = errors.length === 0 ? {} : { errors, numErrors: errors.length };
  return { status: errors.length === 0 ? 200 : 207, body: { status, results, ...failed, requestedAt, startedAt, ...completedAt } };
};
