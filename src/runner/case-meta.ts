/**
 * How a suite test hands its outcome to the reporter: vitest carries `task.meta` from the
 * worker to the main process, where our reporter reads `testCase.meta().crmc`.
 */
import type { CaseOutcome } from '../core/findings.ts';

declare module 'vitest' {
  interface TaskMeta {
    crmc?: CaseOutcome;
  }
}

export type { CaseOutcome };
