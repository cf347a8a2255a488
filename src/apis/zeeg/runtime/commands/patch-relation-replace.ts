/** Patch a relation or user attribute with a new array: it replaces the stored one whole. */
import { PatchCommand } from './patch.ts';

export class PatchRelationReplaceCommand extends PatchCommand {
  constructor(pick: number, key: string, ids: readonly string[]) {
    super(pick, { [key]: [...ids] }, 'PatchRelationReplace');
  }
}
