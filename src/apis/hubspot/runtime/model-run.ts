/**
 * The model-based run for one HubSpot object type: random sequences of create, invalid create,
 * update (with clears), invalid update, duplicate unique value, upsert, read and archive,
 * each judged step by step against the model; every live record is read back at the end.
 */
import fc from 'fast-check';
import { UNIQUE_INVARIANT } from '../checks/surface-checks.ts';
import { mustInvalidValue } from '../generation/invalid-values.ts';
import { validValue } from '../generation/valid-values.ts';
import { EMPTY_STATE } from '../model/state.ts';
import type { HsProperty } from '../model/world.ts';
import { runProperty } from '../../../runner/property-run.ts';
import type { Session } from '../../../runner/session.ts';
import { CreateCommand } from './commands/create.ts';
import { ArchiveCommand, ReadCommand } from './commands/read-archive.ts';
import { UpdateDuplicateCommand } from './commands/update-duplicate.ts';
import { UpdateCommand } from './commands/update.ts';
import { UpsertCommand } from './commands/upsert.ts';
import { readBack, type Box } from './execute.ts';
import { probeOf, type HubspotTarget } from './target.ts';

export const MAX_COMMANDS = 8;

type Command = fc.AsyncCommand<Box, Session>;

/** Some non-unique properties with valid values; `clears` lets a value be "" (update only). */
function template(properties: HsProperty[], clears: boolean): fc.Arbitrary<Record<string, unknown>> {
  return fc.subarray(properties, { minLength: 1, maxLength: 3 }).chain((chosen) =>
    fc.tuple(...chosen.map((p) => (clears ? fc.oneof({ weight: 4, arbitrary: validValue(p, 'm') }, { weight: 1, arbitrary: fc.constant('') }) : validValue(p, 'm'))))
      .map((values) => Object.fromEntries(chosen.map((p, i) => [p.name, values[i]]))));
}

function invalidTemplate(properties: HsProperty[]): fc.Arbitrary<Record<string, unknown>> | undefined {
  const options = properties.flatMap((p) => {
    const arb = mustInvalidValue(p);
    return arb === undefined ? [] : [arb.map((c) => ({ [p.name]: c.value }))];
  });
  return options.length === 0 ? undefined : fc.oneof(...options);
}

function commandArbitraries(target: HubspotTarget): fc.Arbitrary<Command>[] {
  const plain = target.world.writable.filter((p) => !p.unique);
  const pick = fc.nat(15);
  const arbs: fc.Arbitrary<Command>[] = [
    template(plain, false).map((t) => new CreateCommand(t)),
    fc.tuple(pick, template(plain, true)).map(([p, t]) => new UpdateCommand(p, t)),
    fc.tuple(pick, pick).map(([p, o]) => new UpdateDuplicateCommand(p, o)),
    fc.tuple(fc.option(pick, { nil: undefined }), template(plain, false)).map(([p, t]) => new UpsertCommand(p, t)),
    pick.map((p) => new ReadCommand(p)),
    pick.map((p) => new ArchiveCommand(p)),
  ];
  const invalid = invalidTemplate(plain);
  if (invalid !== undefined) {
    arbs.push(invalid.map((t) => new CreateCommand(t, 'CreateInvalid')), fc.tuple(pick, invalid).map(([p, t]) => new UpdateCommand(p, t, 'UpdateInvalid')));
  }
  return arbs;
}

export async function runModelSequences(session: Session, target: HubspotTarget, name: string): Promise<void> {
  const commands = fc.commands(commandArbitraries(target), { maxCommands: MAX_COMMANDS, size: '+1' });
  await runProperty(session, { name, runs: session.settings.runs }, commands, async (cmds, trail) => {
    const box: Box = { state: EMPTY_STATE, target, trail };
    await fc.asyncModelRun(() => ({ model: box, real: session }), cmds);
    for (const record of box.state.records) {
      await readBack(box, session, record.id, 'final read-back');
    }
    // Every live record read back as the model holds it, and the model never holds a unique value twice.
    if (box.state.records.length > 1) probeOf(session, target).recorder.pass(UNIQUE_INVARIANT);
  });
}
