/**
 * The model-based run: random command sequences against one object, each judged step by step
 * against the pure model, then every record the model holds is read back.
 */
import fc from 'fast-check';
import { judgeUniqueInvariant } from '../checks/judge-unique.ts';
import { EMPTY_STATE } from '../model/state.ts';
import { runProperty } from '../../../runner/property-run.ts';
import type { Session } from '../../../runner/session.ts';
import { commandArbitraries } from './command-arbitraries.ts';
import { readBackAll } from './commands/get.ts';
import type { ModelBox } from './model-box.ts';
import { planWrites } from './write-plan.ts';
import { type ObjectUnderTest, probeOf } from './target.ts';

export const MAX_COMMANDS = 20;

export async function runModelSequences(session: Session, target: ObjectUnderTest, name: string): Promise<void> {
  const plan = planWrites(target.world);
  const commands = fc.commands(commandArbitraries(target, plan), { maxCommands: MAX_COMMANDS, size: '+1' });
  await runProperty(session, { name, runs: session.settings.runs }, commands, async (cmds, trail) => {
    // The commands list every request they send in the trail, as sent (see sentStep).
    const box: ModelBox = { state: EMPTY_STATE, target, plan, prefix: session.nextPrefix(), serials: session.serials, trail };
    await fc.asyncModelRun(() => ({ model: box, real: session }), cmds);
    const live = await readBackAll(box, session, box.state.records, 'final read-back');
    if (plan.uniqueText.length > 0) judgeUniqueInvariant(probeOf(session, target), live);
  });
}
