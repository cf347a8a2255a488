/**
 * Runs the conformance suites in-process through vitest's Node API, with our collector as the
 * only reporter and vitest's own console output sent nowhere. Settings reach the suite workers
 * as JSON in CRMC_SETTINGS. A deadline (--max-time) cancels the run and marks it stopped; it
 * counts from the moment the first suite file starts (each worker fixes its deadline as it
 * reads the settings), so vitest's start-up does not eat into it. --max-failures cancels the run
 * the same way once enough finding groups fail it (failure-budget.ts).
 */
import { existsSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createVitest } from 'vitest/node';
import { CrmcError } from '../core/errors.ts';
import type { CaseOutcome } from '../core/findings.ts';
import { encodeSettings, SETTINGS_ENV, type RunSettings } from '../runner/settings.ts';
import { clearTargetDown } from '../runner/target-down.ts';
import { FailureBudget } from './failure-budget.ts';
import { OutcomeCollector, type CollectorEvents } from './outcome-reporter.ts';

export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The suites' vitest config, beside the suite files: .ts in the sources, .js in the built package. */
export const SUITES_CONFIG = fileURLToPath(new URL(`./vitest/vitest.config${extname(import.meta.url)}`, import.meta.url));

/** Time the suites get past --max-time to record their outcomes before the run is cancelled. */
const DEADLINE_GRACE_MS = 2_000;

export interface SuitesResult {
  outcomes: CaseOutcome[];
  /** Why the run did not complete, when it did not. */
  stopped?: { code: string; message: string };
}

/** Captures what vitest would have printed; only its last lines are kept, for error messages. */
class Tail extends Writable {
  lines: string[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString().split('\n').filter((l) => l.trim() !== ''));
    if (this.lines.length > 50) this.lines.splice(0, this.lines.length - 50);
    done();
  }
}

/** `config` is the suites' vitest config; tests point it at fixture suites. */
export async function runSuites(given: RunSettings, events: CollectorEvents = {}, config = SUITES_CONFIG): Promise<SuitesResult> {
  if (!existsSync(config)) throw new CrmcError('CRMC_INTERNAL', `the suites are missing: ${config} not found`);
  // The workers fix the deadline themselves, at their first suite file.
  const { deadlineAt: _notYet, ...settings } = given;
  clearTargetDown(settings.runId);
  const previous = process.env[SETTINGS_ENV];
  process.env[SETTINGS_ENV] = encodeSettings(settings);
  let deadlineHit = false;
  let timer: NodeJS.Timeout | undefined;
  let cancel: (() => void) | undefined;
  const startDeadline = (): void => {
    if (settings.maxTimeMs === undefined || timer !== undefined) return;
    timer = setTimeout(() => {
      deadlineHit = true;
      cancel?.();
    }, settings.maxTimeMs + DEADLINE_GRACE_MS);
  };
  const budget = new FailureBudget(settings, () => cancel?.());
  const collector = new OutcomeCollector({
    ...events,
    onFirstModule: startDeadline,
    onCase: (outcome) => {
      events.onCase?.(outcome);
      budget.add(outcome);
    },
  });
  const sink = new Tail();
  const exitCodeBefore = process.exitCode;
  try {
    const vitest = await createVitest(
      'test',
      {
        config,
        // Fixture configs name their files from the package root; ours from its own folder.
        root: config === SUITES_CONFIG ? dirname(SUITES_CONFIG) : PACKAGE_ROOT,
        reporters: [collector],
        watch: false,
        run: true,
        passWithNoTests: true,
        // No vitest-level --shard: the suites pick their cases from settings.shard themselves.
      },
      {},
      { stdout: sink, stderr: sink },
    );
    cancel = () => void vitest.cancelCurrentRun('keyboard-input');
    try {
      await vitest.start();
    } finally {
      await vitest.close();
    }
  } catch (error) {
    if (error instanceof CrmcError) throw error;
    const detail = sink.lines.at(-1) ?? (error instanceof Error ? error.message : String(error));
    throw new CrmcError('CRMC_INTERNAL', `the suites could not run: ${detail}`, { cause: error });
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    clearTargetDown(settings.runId);
    if (previous === undefined) delete process.env[SETTINGS_ENV];
    else process.env[SETTINGS_ENV] = previous;
    // vitest sets a failing exit code when a test fails; the verdict is ours to give.
    process.exitCode = exitCodeBefore;
  }
  const outcomes = collector.outcomes;
  if (deadlineHit) return { outcomes, stopped: { code: 'CRMC_DEADLINE', message: `the run reached --max-time ${settings.maxTimeMs} ms` } };
  // Cancelling leaves cases unfinished; that is the stop, not a problem of the target.
  const spent = budget.stopped();
  if (spent !== undefined) return { outcomes, stopped: spent };
  const caseError = outcomes.find((o) => o.error !== undefined)?.error;
  const problem = collector.problems[0] ?? caseError;
  if (problem !== undefined) return { outcomes, stopped: problem };
  if (collector.reason === 'interrupted') return { outcomes, stopped: { code: 'CRMC_INTERNAL', message: 'the run was interrupted' } };
  return { outcomes };
}
