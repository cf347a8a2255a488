/**
 * A fresh model box per scenario, and the writes a Kizen run sends as judged steps: the
 * request, the model's prediction for the current state, the records a refusal must leave
 * alone, and the fresh identifier a refused create must not leave behind.
 */
import type { KizenOperation } from '../checks/probe.ts';
import * as C from '../checks/record-checks.ts';
import type { CheckDef } from '../../../core/checks.ts';
import type { SendOptions } from '../../../http/client.ts';
import { predictAdd, predictArchive, predictPatch, predictUnarchive, predictUpsert, type UnarchiveChoice } from '../model/predict.ts';
import { activeHolder, archivedHolder, EMPTY_STATE, type Entry, type KizenState, type Prediction } from '../model/state.ts';
import type { Session } from '../../../runner/session.ts';
import { recordsPath } from './discover.ts';
import { entriesJson, identifierValue, withRequired } from './fill.ts';
import type { KizenTarget } from './target.ts';

export interface KizenBox {
  state: KizenState;
  readonly target: KizenTarget;
  readonly prefix: string;
  serial: number;
  /** The requests of a property run so far, as sent, for its counterexample. */
  readonly trail?: { add(step: string): void };
}

/** With a `trail`, every write the box's steps send is listed there as sent. */
export function freshBox(session: Session, target: KizenTarget, trail?: KizenBox['trail']): KizenBox {
  return { state: EMPTY_STATE, target, prefix: session.nextPrefix(), serial: 0, ...(trail === undefined ? {} : { trail }) };
}

/** An identifier no record of this run holds. */
export function nextIdentifier(box: KizenBox): string {
  box.serial += 1;
  return identifierValue(box.target.world, box.prefix, box.serial);
}

export interface WriteStep {
  step: string;
  op: KizenOperation;
  request: SendOptions;
  prediction: Prediction;
  entries: Entry[];
  /** Records a refusal must leave unchanged. */
  touched: string[];
  /** An identifier no record held before: after a refusal no record may hold it. */
  fresh?: string;
  /** Replaces the check charged for the status of an acceptance, and for the values read back. */
  statusCheck?: CheckDef;
  valueCheck?: CheckDef;
}

const held = (box: KizenBox, identifier: unknown) => activeHolder(box.target.world, box.state, identifier) ?? archivedHolder(box.target.world, box.state, identifier);

export interface AddOptions {
  /** The identifier to send; undefined picks a fresh one, null sends none. */
  identifier?: string | null;
  /** The unarchive member; 'absent' leaves it out. */
  choice?: unknown;
  /** Members of the body besides fields and unarchive. */
  statusCheck?: CheckDef;
  valueCheck?: CheckDef;
}

export function addStep(box: KizenBox, given: readonly Entry[], step: string, options: AddOptions = {}): WriteStep {
  const world = box.target.world;
  const namesIdentifier = given.some((e) => 'field' in e && e.field.id === world.identifier.id);
  const identifier = namesIdentifier || options.identifier === null ? undefined : (options.identifier ?? nextIdentifier(box));
  const entries = withRequired(world, given, box.prefix, identifier);
  const sent = entries.find((e) => 'field' in e && e.field.id === world.identifier.id)?.value;
  const holder = held(box, sent);
  const json = { fields: entriesJson(entries), ...(options.choice === undefined ? {} : { unarchive: options.choice }) };
  return {
    step,
    op: 'addRecord',
    request: { method: 'POST', path: recordsPath(box.target.slug, '/add'), json },
    prediction: predictAdd(world, box.state, entries, options.choice),
    entries,
    touched: box.state.active.map((r) => r.id),
    ...(holder === undefined && typeof sent === 'string' && sent.trim() !== '' ? { fresh: sent } : {}),
    ...(options.statusCheck === undefined ? {} : { statusCheck: options.statusCheck }),
    ...(options.valueCheck === undefined ? {} : { valueCheck: options.valueCheck }),
  };
}

/** Upsert: `lookupValue` undefined leaves the member out; required fields are filled only for a create. */
export function upsertStep(box: KizenBox, lookupValue: unknown, given: readonly Entry[], step: string, choice?: UnarchiveChoice): WriteStep {
  const world = box.target.world;
  const match = activeHolder(world, box.state, lookupValue);
  const entries = match === undefined ? withRequired(world, given, box.prefix, undefined) : [...given];
  const json = { ...(lookupValue === undefined ? {} : { lookup_value: lookupValue }), fields: entriesJson(entries), ...(choice === undefined ? {} : { oncreate_unarchive: choice }) };
  const prediction = predictUpsert(world, box.state, lookupValue, entries, choice);
  const injected = prediction.outcome === 'created' && !entries.some((e) => 'field' in e && e.field.id === world.identifier.id);
  return {
    ...(injected ? { statusCheck: C.UPSERT_IDENTIFIER_INJECTED } : {}),
    step,
    op: 'upsertRecord',
    request: { method: 'POST', path: recordsPath(box.target.slug, '/upsert'), json },
    prediction,
    entries,
    touched: box.state.active.map((r) => r.id),
    ...(typeof lookupValue === 'string' && lookupValue !== '' && held(box, lookupValue) === undefined ? { fresh: lookupValue } : {}),
  };
}

export function patchStep(box: KizenBox, id: string, given: readonly Entry[], step: string, extra: Record<string, unknown> = {}, checks: Pick<WriteStep, 'statusCheck' | 'valueCheck'> = {}): WriteStep {
  return {
    ...checks,
    step,
    op: 'patchRecord',
    request: { method: 'PATCH', path: recordsPath(box.target.slug, `/${id}`), json: { fields: entriesJson(given), ...extra } },
    prediction: predictPatch(box.target.world, box.state, id, given),
    entries: [...given],
    touched: box.state.active.map((r) => r.id),
  };
}

export function archiveStep(box: KizenBox, id: string, step: string): WriteStep {
  return { step, op: 'archiveRecord', request: { method: 'DELETE', path: recordsPath(box.target.slug, `/${id}`) }, prediction: predictArchive(box.state, id), entries: [], touched: box.state.active.map((r) => r.id) };
}

export function unarchiveStep(box: KizenBox, id: string, step: string): WriteStep {
  return {
    step,
    op: 'unarchiveRecord',
    request: { method: 'PATCH', path: recordsPath(box.target.slug, `/${id}/unarchive`) },
    prediction: predictUnarchive(box.target.world, box.state, id),
    entries: [],
    touched: box.state.active.map((r) => r.id),
  };
}
