/**
 * Bodies that are not the JSON envelope: an HTML error page with status 200, JSON cut short
 * without being labelled otherwise, and the right JSON with a wrong content-type. Discovery
 * stays correct (it reaches the reference server) unless the test says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { checks, NO_RECORD_CREATED, REFUSALS_MISSED } from './expected-checks.ts';
import { runHostile } from './run-hostile.ts';
import { everything, productRecords, startHostileTarget, type HostileOptions } from './servers/hostile-target.ts';
import { HTML_ERROR_PAGE, htmlErrorPage, notJson, wrongContentType } from './servers/misbehaviours.ts';

async function runAgainst(options: HostileOptions) {
  const target = await startHostileTarget(options);
  try {
    return { run: await runHostile(target.url), counts: { ...target.counts } };
  } finally {
    await target.close();
  }
}

describe('bodies that are not the record envelope', () => {
  it('an HTML error page with status 200 on the record endpoints is charged to RECORD_ENVELOPE', async () => {
    const { run, counts } = await runAgainst({ when: productRecords, behave: htmlErrorPage });
    expect(run.errorCodes).toEqual(['none']);
    expect(run.findingChecks).toEqual(checks(REFUSALS_MISSED, NO_RECORD_CREATED, 'CREATE_STATUS_201', 'RECORD_ENVELOPE'));
    const envelope = run.outcomes.flatMap((o) => o.findings).find((f) => f.check === 'RECORD_ENVELOPE')!;
    expect(envelope.message).toMatch(/^the 200 response body is not JSON \(/);
    expect(envelope.exchanges.at(-1)!.response!.body).toBe(HTML_ERROR_PAGE);
    expect(counts.hostile).toBeGreaterThan(0);
  });

  it('an HTML page for discovery too: the discovery case charges DISCOVERY_SHAPE, the others stop with CRMC_DISCOVERY_FAILED', async () => {
    const { run, counts } = await runAgainst({ when: everything, behave: htmlErrorPage });
    expect(run.errorCodes).toEqual(['CRMC_DISCOVERY_FAILED', 'none']);
    expect(run.outcomes.find((o) => o.error !== undefined)!.error!.message).toMatch(/^cannot discover object "products": the body is not JSON \(/);
    expect(run.findingChecks).toEqual(['DISCOVERY_SHAPE']);
    expect(counts.total).toBe(run.outcomes.length);
  });

  it('JSON cut in the middle with the success status is charged to RECORD_ENVELOPE', async () => {
    const { run } = await runAgainst({ when: productRecords, behave: notJson });
    expect(run.errorCodes).toEqual(['none']);
    expect(run.findingChecks).toEqual(checks(REFUSALS_MISSED, NO_RECORD_CREATED, 'RECORD_ENVELOPE'));
    const envelope = run.outcomes.flatMap((o) => o.findings).find((f) => f.check === 'RECORD_ENVELOPE')!;
    expect(envelope.message).toMatch(/^the 201 response body is not JSON \(/);
  });

  it('the right JSON labelled text/html: only the content-type check fails (SHOULD)', async () => {
    const { run, counts } = await runAgainst({ when: productRecords, behave: wrongContentType });
    expect(run.errorCodes).toEqual(['none']);
    expect(run.findingChecks).toEqual(['JSON_CONTENT_TYPE']);
    expect(counts.hostile).toBeGreaterThan(0);
  });
});
