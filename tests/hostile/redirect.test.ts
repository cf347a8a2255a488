/**
 * A 307 to another local server: the client does not follow it, so the other server never
 * sees a request (and so never the Authorization header); the 307 itself is judged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checks, NO_RECORD_CREATED, REFUSALS_MISSED, VALID_WRITES_REFUSED } from './expected-checks.ts';
import { runHostile } from './run-hostile.ts';
import { everything, productRecords, startHostileTarget } from './servers/hostile-target.ts';
import { listenHttp, type LocalServer } from './servers/listen.ts';
import { redirectTo } from './servers/misbehaviours.ts';

describe('a 307 redirect to another host', () => {
  let elsewhere: LocalServer;
  const seen: Array<string | undefined> = [];
  beforeEach(async () => {
    seen.length = 0;
    elsewhere = await listenHttp((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  afterEach(() => elsewhere.close());

  it('on the record endpoints: not followed, judged as a refusal, the other host sees nothing', async () => {
    const target = await startHostileTarget({ when: productRecords, behave: redirectTo(elsewhere.origin) });
    try {
      const run = await runHostile(target.url);
      expect(seen).toEqual([]);
      expect(run.errorCodes).toEqual(['none']);
      expect(run.findingChecks).toEqual(checks(REFUSALS_MISSED, NO_RECORD_CREATED, VALID_WRITES_REFUSED));
      const created = run.outcomes.flatMap((o) => o.findings).find((f) => f.check === 'CREATE_ACCEPTED')!;
      const last = created.exchanges.at(-1)!;
      expect(last.response!.status).toBe(307);
      expect(last.response!.headers.location).toMatch(new RegExp(`^${elsewhere.origin}/v2/crm/products`));
      expect(last.request.url.startsWith(target.origin)).toBe(true);
    } finally {
      await target.close();
    }
  });

  it('on discovery too: discovery is charged, the other cases stop with CRMC_DISCOVERY_FAILED, the other host sees nothing', async () => {
    const target = await startHostileTarget({ when: everything, behave: redirectTo(elsewhere.origin) });
    try {
      const run = await runHostile(target.url);
      expect(seen).toEqual([]);
      expect(run.errorCodes).toEqual(['CRMC_DISCOVERY_FAILED', 'none']);
      expect(run.outcomes.find((o) => o.error !== undefined)!.error!.message).toBe('cannot discover object "products": status 307');
      expect(run.findingChecks).toEqual(['AUTH_READ_DISCOVERY', 'DISCOVERY_SHAPE']);
    } finally {
      await target.close();
    }
  });
});
