/**
 * The commands of a Kizen model-based run. Each builds its write from the model's state at run
 * time (a generated pick chooses among the records), executes it through executeWrite, which
 * judges it and updates the model, and names itself for the counterexample.
 */
import type fc from 'fast-check';
import type { InvalidValue } from '../generation/invalid-values.ts';
import type { Entry } from '../model/state.ts';
import type { KizenField } from '../model/world.ts';
import type { Session } from '../../../runner/session.ts';
import { executeWrite } from './execute.ts';
import { byName } from './fill.ts';
import { readBack } from './reads.ts';
import { addStep, archiveStep, nextIdentifier, patchStep, unarchiveStep, upsertStep, type KizenBox, type WriteStep } from './steps.ts';
import * as C from '../checks/record-checks.ts';

export type KizenCommand = fc.AsyncCommand<KizenBox, Session>;

const names = (entries: readonly Entry[]) => entries.map((e) => ('field' in e ? e.field.name : e.unknown)).join(', ');

/** A command whose write depends on the state when it runs; `build` returns undefined to do nothing. */
function command(label: string, build: (box: KizenBox) => WriteStep | undefined): KizenCommand {
  return {
    check: () => true,
    run: async (box, session) => {
      const write = build(box);
      if (write !== undefined) await executeWrite(box, session, write);
    },
    toString: () => label,
  };
}

const pickActive = (box: KizenBox, pick: number) => box.state.active[pick % Math.max(1, box.state.active.length)];
const pickArchived = (box: KizenBox, pick: number) => box.state.archived[pick % Math.max(1, box.state.archived.length)];
const identifierOf = (box: KizenBox, pick: number) => pickActive(box, pick)?.values.get(box.target.world.identifier.id);

export const add = (body: Entry[]) => command(`Add(${names(body)})`, (box) => addStep(box, body, 'add'));
export const addInvalid = (body: Entry[], field: KizenField, bad: InvalidValue) =>
  command(`AddInvalid(${field.name} = ${JSON.stringify(bad.value)}: ${bad.why})`, (box) => addStep(box, [...body.filter((e) => !('field' in e) || e.field.id !== field.id), byName(field, bad.value)], `add invalid ${field.name}`));
export const addDuplicate = (pick: number, body: Entry[]) =>
  command(`AddDuplicate(#${pick}, ${names(body)})`, (box) => {
    const held = identifierOf(box, pick);
    return held === undefined ? undefined : addStep(box, [byName(box.target.world.identifier, held), ...body], 'add a held identifier');
  });
export const upsertNew = (body: Entry[]) => command(`UpsertNew(${names(body)})`, (box) => upsertStep(box, nextIdentifier(box), body, 'upsert a new identifier'));
export const upsertExisting = (pick: number, body: Entry[]) =>
  command(`UpsertExisting(#${pick}, ${names(body)})`, (box) => {
    const held = identifierOf(box, pick);
    return held === undefined ? undefined : upsertStep(box, held, body, 'upsert a held identifier');
  });
export const upsertBlank = (lookup: '' | undefined, body: Entry[]) => command(`UpsertBlank(${JSON.stringify(lookup) ?? 'absent'})`, (box) => upsertStep(box, lookup, body, 'upsert without lookup_value'));
export const patch = (pick: number, body: Entry[]) =>
  command(`Patch(#${pick}, ${names(body)})`, (box) => {
    const record = pickActive(box, pick);
    return record === undefined ? undefined : patchStep(box, record.id, body, 'patch');
  });
export const patchInvalid = (pick: number, field: KizenField, bad: InvalidValue) =>
  command(`PatchInvalid(#${pick}, ${field.name} = ${JSON.stringify(bad.value)}: ${bad.why})`, (box) => {
    const record = pickActive(box, pick);
    return record === undefined ? undefined : patchStep(box, record.id, [byName(field, bad.value)], `patch invalid ${field.name}`);
  });
/** Patch the identifier: to a fresh one, to another active record's (refused) or to an archived record's (accepted). */
export const patchIdentifier = (pick: number, from: 'fresh' | 'active' | 'archived', other: number) =>
  command(`PatchIdentifier(#${pick} ← ${from} #${other})`, (box) => {
    const record = pickActive(box, pick);
    const value = from === 'fresh' ? nextIdentifier(box) : from === 'active' ? identifierOf(box, other) : pickArchived(box, other)?.values.get(box.target.world.identifier.id);
    return record === undefined || value === undefined ? undefined : patchStep(box, record.id, [byName(box.target.world.identifier, value)], `patch identifier (${from})`);
  });
export const archive = (pick: number) =>
  command(`Archive(#${pick})`, (box) => {
    const record = pickActive(box, pick);
    return record === undefined ? undefined : archiveStep(box, record.id, 'archive');
  });
export const unarchive = (pick: number) =>
  command(`Unarchive(#${pick})`, (box) => {
    const record = pickArchived(box, pick);
    return record === undefined ? undefined : unarchiveStep(box, record.id, 'unarchive');
  });
export const get = (pick: number): KizenCommand => ({
  check: () => true,
  run: async (box, session) => {
    const record = pickActive(box, pick);
    if (record === undefined) return;
    box.trail?.add(`Get(${record.id})`);
    await readBack(session, box.target, record.id, record.values, { checkFor: () => C.ADD_VALUES_STORED }, C.ADD_VALUES_STORED, 'get');
  },
  toString: () => `Get(#${pick})`,
});
