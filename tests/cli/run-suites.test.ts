import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SuiteProgress } from '../../src/cli/outcome-reporter.ts';
import { runSuites } from '../../src/cli/run-suites.ts';
import type { RunSettings } from '../../src/runner/settings.ts';

const CONFIG = fileURLToPath(new URL('./fixtures/fake-suites/vitest.config.ts', import.meta.url));

const settings: RunSettings = {
  api: 'zeeg', baseUrl: 'http://127.0.0.1:9/v2', embedded: false, token: 'secret-token', objects: ['products'], members: [],
  seed: 77, runs: 5, strict: false, only: [], timeoutMs: 1000, concurrency: 1, runId: 'crmc00000000',
};

describe('runSuites', () => {
  it('collects every outcome through vitest, turns a crash into a stopped run and leaves the exit code alone', async () => {
    const progress: SuiteProgress[] = [];
    const exitCodeBefore = process.exitCode;
    const result = await runSuites(settings, { onSuite: (p) => progress.push(p) }, CONFIG);
    expect(process.exitCode).toBe(exitCodeBefore);
    expect(result.outcomes.map((o) => o.testCase)).toEqual(['passes with an outcome', 'fails with a finding', 'crashes without an outcome']);
    expect(result.outcomes[0]!.tallies[0]!.passes).toBe(5);
    expect(result.outcomes[1]!.findings[0]!.message).toBe('seed 77 at http://127.0.0.1:9/v2');
    expect(result.outcomes[2]).toMatchObject({ suite: 'sample', error: { code: 'CRMC_TARGET_UNREACHABLE', message: 'the target went away' } });
    expect(result.stopped).toEqual({ code: 'CRMC_TARGET_UNREACHABLE', message: 'the target went away' });
    expect(progress).toEqual([expect.objectContaining({ suite: 'sample', cases: 3, findings: 1, requests: 6, failed: true })]);
  });
});
