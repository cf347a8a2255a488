/** Patch some attributes to null: they are cleared, every other attribute keeps its value. */
import { PatchCommand } from './patch.ts';

export class PatchNullCommand extends PatchCommand {
  constructor(pick: number, keys: readonly string[]) {
    super(pick, Object.fromEntries(keys.map((key) => [key, null])), 'PatchNull');
  }
}
