/**
 * What the HubSpot focused cases share: a model box per object type, a record created with a
 * valid value for every written property, and the unique text property that isolates a run.
 */
import { CREATE_ACCEPTED } from '../checks/record-checks.ts';
import type { CheckDef } from '../../../core/checks.ts';
import { predictCreate } from '../model/predict-write.ts';
import { EMPTY_STATE } from '../model/state.ts';
import type { Values } from '../model/values.ts';
import type { HsProperty } from '../model/world.ts';
import { tookWrite, unsentNames } from '../checks/refusal-names.ts';
import type { Reply, SendOptions } from '../../../http/client.ts';
import { executeWrite, learnRequired, type Box } from '../runtime/execute.ts';
import { fullValues, requiredFill, uniqueText } from '../runtime/fill.ts';
import { createRequest } from '../runtime/requests.ts';
import type { HubspotTarget } from '../runtime/target.ts';
import type { Session } from '../../../runner/session.ts';

/** With a `trail`, every write and read the box's steps send is listed there as sent. */
export function boxOf(target: HubspotTarget, trail?: Box['trail']): Box {
  return { state: EMPTY_STATE, target, ...(trail === undefined ? {} : { trail }) };
}

export interface CreateOptions {
  /** Give every written property a value (default true). */
  full?: boolean;
  extra?: Values;
  accept?: CheckDef;
  /** Rewrites the request, e.g. onto the v3 path family. */
  via?: (request: SendOptions) => SendOptions;
}

/** Creates a record through the model; `full` gives every written property a value. */
export async function createRecord(box: Box, session: Session, step: string, options: CreateOptions = {}): Promise<string> {
  const world = box.target.world;
  // A refusal naming properties the suites did not know were required teaches them (facts B7): one more try.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const sent = { ...(options.full === false ? requiredFill(world, session) : fullValues(world, session)), ...options.extra };
    const result = await executeWrite(box, session, {
      step, op: 'createObject', request: (options.via ?? ((r) => r))(createRequest(box.target.objectType, sent)), prediction: predictCreate(world, box.state, sent), sent, accept: options.accept ?? CREATE_ACCEPTED,
    });
    if (result.kind === 'accepted') return result.id;
    if (result.kind !== 'ignorant') break;
  }
  throw new Error(`${step}: the set-up create was not accepted`);
}

/** The first unique text property, or undefined (its checks are then skipped with the reason). */
export function firstUnique(box: Box): HsProperty | undefined {
  return uniqueText(box.target.world)[0];
}

/**
 * Racing writes that were all refused for properties the suites did not send (facts B7): the
 * names are learned for later writes and `check` is skipped here with the reason. True when so.
 */
export function refusedForUnsent(box: Box, session: Session, replies: readonly Reply[], sent: Readonly<Record<string, unknown>>, check: CheckDef): boolean {
  if (replies.some(tookWrite)) return false;
  const names = unsentNames(box.target.world, replies[0]!, sent);
  if (names.length === 0) return false;
  learnRequired(box, names);
  session.recorder.markSkipped(check, `"${box.target.objectType}" refused the racing writes for properties the suites had not sent (${names.join(', ')}); learned for later writes`);
  return true;
}

export function skipAll(session: Session, checks: readonly CheckDef[], reason: string): void {
  for (const check of checks) session.recorder.markSkipped(check, reason);
}

/** A record id no record has: HubSpot ids are numeric strings (facts B3). */
export const NO_SUCH_ID = '987654321098765';
