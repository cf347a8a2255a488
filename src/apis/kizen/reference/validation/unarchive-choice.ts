/**
 * The archived-match choices of add (`unarchive`) and upsert (`oncreate_unarchive`,
 * `onupdate_archived_conflict`): values outside their enums are refused with 400; null or
 * absent is the server default, `prompt`.
 */
import { KizenError } from '../http/kizen-error.ts';

export type UnarchiveChoice = 'prompt' | 'unarchive' | 'overwrite';

const CHOICES: readonly UnarchiveChoice[] = ['prompt', 'unarchive', 'overwrite'];

function choiceError(member: string, allowed: readonly string[]): KizenError {
  return new KizenError(400, 'invalid_choice', `"${member}" must be one of ${allowed.join(', ')} or null.`);
}

/** The choice a body member makes; `prompt` when it is null or absent (or, `lenient`, unknown). */
export function unarchiveChoice(value: unknown, member: string, lenient = false): UnarchiveChoice {
  if (value === undefined || value === null) return 'prompt';
  if (typeof value === 'string' && (CHOICES as readonly string[]).includes(value)) return value as UnarchiveChoice;
  if (lenient) return 'prompt';
  throw choiceError(member, CHOICES);
}

/** Check `onupdate_archived_conflict`, which takes only overwrite or null. */
export function checkArchivedConflictChoice(value: unknown): void {
  if (value !== undefined && value !== null && value !== 'overwrite') throw choiceError('onupdate_archived_conflict', ['overwrite']);
}

/** The refusal of an add or upsert that matches an archived record under `prompt`. */
export function archivedConflict(entity: string, identifier: string, status409 = false): KizenError {
  return new KizenError(
    status409 ? 409 : 400,
    'conflict',
    `An archived ${entity} with this ${identifier} exists; send unarchive to restore it or overwrite to create a new one.`,
  );
}
