/**
 * Runs one fast-check property against the target: a seed derived from the run seed and the
 * property's name, bounded shrinking, clean-up after every execution, and the shrunk
 * counterexample recorded as the finding's evidence.
 */
import fc from 'fast-check';
import { CrmcError } from '../core/errors.ts';
import { ViolationError } from './case-recorder.ts';
import type { Session } from './session.ts';

/** After the first failure, shrinking stops trying new candidates once this much time has passed. */
export const SHRINK_BUDGET_MS = 3_000;

export function propertySeed(runSeed: number, name: string): number {
  let hash = runSeed | 0;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

export interface PropertyOptions {
  name: string;
  runs: number;
}

/** The steps the current execution ran, for the counterexample. */
export class StepTrail {
  steps: string[] = [];
  add(step: string): void {
    this.steps.push(step);
  }
}

export async function runProperty<T>(session: Session, options: PropertyOptions, arbitrary: fc.Arbitrary<T>, predicate: (value: T, trail: StepTrail) => Promise<void>): Promise<void> {
  let firstFailure: number | undefined;
  let detectedAfter: number | undefined;
  const property = fc.asyncProperty(arbitrary, async (value) => {
    if (firstFailure !== undefined && performance.now() - firstFailure > SHRINK_BUDGET_MS) return;
    session.stepMark = session.client.mark();
    const trail = new StepTrail();
    try {
      await predicate(value, trail);
    } catch (error) {
      if (error instanceof ViolationError) {
        firstFailure ??= performance.now();
        detectedAfter ??= session.client.requests;
        error.finding.counterexample = [...trail.steps];
      }
      throw error;
    } finally {
      await session.cleanup('sequence').catch(() => undefined);
    }
  });
  const seed = propertySeed(session.settings.seed, options.name);
  const details = await fc.check(property, { seed, numRuns: options.runs });
  if (!details.failed) return;
  const error = details.errorInstance;
  if (error instanceof ViolationError) {
    const finding = { ...error.finding, seed, ...(detectedAfter === undefined ? {} : { detectedAfter }) };
    if (details.counterexamplePath !== null) finding.path = details.counterexamplePath;
    session.recorder.recordViolation(finding);
    return;
  }
  if (error instanceof CrmcError) throw error;
  throw new CrmcError('CRMC_INTERNAL', `property "${options.name}" failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}
