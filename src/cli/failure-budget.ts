/**
 * --max-failures: counts, as each case ends, the finding groups that fail the run (MUST ones, and
 * every one with --strict; grouped as in report.json) and stops the run once there are enough.
 * The findings are real, so the run's exit code stays 1; the report says it stopped early.
 */
import type { CaseOutcome } from '../core/findings.ts';
import { failsRun } from '../report/clause-gaps.ts';
import { groupKey } from '../report/finding-groups.ts';
import type { RunSettings } from '../runner/settings.ts';

/** The stop reason a run that hit --max-failures carries in run.stopped. */
export const MAX_FAILURES_CODE = 'CRMC_MAX_FAILURES';

export class FailureBudget {
  private readonly groups = new Set<string>();
  private readonly settings: Pick<RunSettings, 'maxFailures' | 'strict' | 'baseUrl'>;
  private readonly stop: () => void;
  private reached = false;

  /** `stop` is called once, when the count first reaches settings.maxFailures. */
  constructor(settings: Pick<RunSettings, 'maxFailures' | 'strict' | 'baseUrl'>, stop: () => void) {
    this.settings = settings;
    this.stop = stop;
  }

  add(outcome: CaseOutcome): void {
    const max = this.settings.maxFailures;
    if (max === undefined || this.reached) return;
    for (const finding of outcome.findings) {
      if (failsRun(finding.level, this.settings.strict)) this.groups.add(groupKey(finding, this.settings.baseUrl));
    }
    if (this.groups.size < max) return;
    this.reached = true;
    this.stop();
  }

  /** Why the run stopped, when the budget ran out. */
  stopped(): { code: string; message: string } | undefined {
    if (!this.reached) return undefined;
    const n = this.groups.size;
    return { code: MAX_FAILURES_CODE, message: `${n} finding group${n === 1 ? '' : 's'} failed the run: stopped early at --max-failures ${this.settings.maxFailures}` };
  }
}
