/**
 * A target whose record endpoints answer 500 to everything: valid writes are charged as
 * refused, refusals as the wrong status, and no case ends with an error.
 */
import { describe, expect, it } from 'vitest';
import { checks, NO_RECORD_CREATED, REFUSALS_MISSED, VALID_WRITES_REFUSED } from './expected-checks.ts';
import { runHostile } from './run-hostile.ts';
import { productRecords, startHostileTarget } from './servers/hostile-target.ts';
import { serverError } from './servers/misbehaviours.ts';

describe('500 on every record request', () => {
  it('charges the refused writes and the missed refusals, and ends no case with an error', async () => {
    const target = await startHostileTarget({ when: productRecords, behave: serverError });
    try {
      const run = await runHostile(target.url);
      expect(run.errorCodes).toEqual(['none']);
      expect(run.findingChecks).toEqual(checks(REFUSALS_MISSED, NO_RECORD_CREATED, VALID_WRITES_REFUSED, ['SERVER_ERROR']));
      const serverError = run.outcomes.flatMap((o) => o.findings).find((f) => f.check === 'SERVER_ERROR')!;
      expect(serverError).toMatchObject({ level: 'MUST', clauses: ['ZEEG-SERVER-001'], observed: { status: 500 } });
      const created = run.outcomes.flatMap((o) => o.findings).find((f) => f.check === 'CREATE_ACCEPTED')!;
      expect(created.observed).toBe(500);
    } finally {
      await target.close();
    }
  });
});
