/**
 * What the Kizen suites share: the fields a case writes, bodies of undisputed value forms,
 * and running a scenario as a property against a fresh model box per execution.
 */
import fc from 'fast-check';
import type { CheckDef } from '../../../core/checks.ts';
import { validValues } from '../generation/valid-values.ts';
import type { Entry, KizenRecord } from '../model/state.ts';
import { executeWrite } from '../runtime/execute.ts';
import { writableFields, type KizenField, type KizenWorld, type ValueKind } from '../model/world.ts';
import { runProperty } from '../../../runner/property-run.ts';
import type { Session } from '../../../runner/session.ts';
import { byName } from '../runtime/fill.ts';
import { addStep, freshBox, type KizenBox } from '../runtime/steps.ts';
import type { KizenTarget } from '../runtime/target.ts';

/** Kinds whose write form no source disputes: general bodies use only these. */
const UNDISPUTED: ReadonlySet<ValueKind> = new Set(['text', 'longtext', 'email', 'phonenumber', 'integer', 'decimal', 'money', 'date', 'datetime', 'checkbox', 'team_selector']);

/** Writable fields that are neither required nor the identifier, of undisputed kinds. */
export function optionalFields(world: KizenWorld): KizenField[] {
  return writableFields(world).filter((f) => !f.required && f.id !== world.identifier.id && UNDISPUTED.has(f.kind!));
}

/** The field of a kind a types case writes: an optional one, else a required non-identifier one. */
export function fieldOfKind(world: KizenWorld, kind: ValueKind): KizenField | undefined {
  const fields = writableFields(world).filter((f) => f.kind === kind && f.id !== world.identifier.id);
  return fields.find((f) => !f.required) ?? fields[0];
}

/** Some optional fields with valid values (null now and then), in the order the object lists them. */
export function bodyArb(world: KizenWorld, options: { nulls?: boolean; minLength?: number } = {}): fc.Arbitrary<Entry[]> {
  const fields = optionalFields(world).flatMap((f) => {
    const values = validValues(world, f);
    return values === undefined ? [] : [{ f, values }];
  });
  if (fields.length === 0) return fc.constant([]);
  return fc.subarray(fields, { minLength: Math.min(options.minLength ?? 0, fields.length) }).chain((chosen) =>
    fc.tuple(...chosen.map(({ f, values }) => (options.nulls === true ? fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: values }) : values).map((v) => byName(f, v)))),
  ).map((entries) => [...entries]);
}

/** Marks every check of a case skipped for a target, with the reason. */
export function skipAll(session: Session, checks: readonly CheckDef[], reason: string): void {
  for (const check of checks) session.recorder.markSkipped(check, reason);
}

/**
 * Runs `scenario` as a property over `arb`, each execution with a fresh model box whose writes
 * go to the counterexample as sent.
 */
export async function scenario<T>(session: Session, target: KizenTarget, name: string, runs: number, arb: fc.Arbitrary<T>, run: (box: KizenBox, value: T) => Promise<void>): Promise<void> {
  await runProperty(session, { name: `${name}:${target.slug}`, runs: Math.max(1, runs) }, arb, async (value, trail) => run(freshBox(session, target, trail), value));
}

/** A budget share: `runs` divided, at least one. */
export function share(session: Session, divisor: number): number {
  return Math.max(1, Math.ceil(session.settings.runs / divisor));
}

/** Adds one record (required fields filled) and returns it, or undefined when the add was refused. */
export async function addOne(session: Session, box: KizenBox, body: readonly Entry[], step: string): Promise<KizenRecord | undefined> {
  const before = new Set(box.state.active.map((r) => r.id));
  await executeWrite(box, session, addStep(box, body, step));
  return box.state.active.find((r) => !before.has(r.id));
}
