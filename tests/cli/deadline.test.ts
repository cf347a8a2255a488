/**
 * --max-time counts from the moment the suites begin, not from the CLI's start-up (issue 14,
 * item 4): the main process sends the budget without a deadline, a worker fixes the deadline
 * when it first reads the settings, and every suite file of that worker shares it.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runSuites } from '../../src/cli/run-suites.ts';
import { encodeSettings, SETTINGS_ENV, settingsFromEnv, type RunSettings } from '../../src/runner/settings.ts';

const CONFIG = fileURLToPath(new URL('./fixtures/deadline-suites/vitest.config.ts', import.meta.url));

const settings: RunSettings = {
  api: 'zeeg', baseUrl: 'http://127.0.0.1:9/v2', embedded: false, token: 'secret-token', objects: ['products'], members: [],
  seed: 1, runs: 1, strict: false, only: [], timeoutMs: 1000, concurrency: 1, runId: 'crmcdead0001', maxTimeMs: 600_000,
};

describe('settingsFromEnv', () => {
  it('fixes the deadline at the first read of a run, and keeps it for later reads', () => {
    const env = { [SETTINGS_ENV]: encodeSettings({ ...settings, runId: 'crmcdead0002' }) };
    expect(settingsFromEnv(env, 1_000).deadlineAt).toBe(601_000);
    expect(settingsFromEnv(env, 5_000).deadlineAt).toBe(601_000);
  });

  it('gives each run id its own deadline, and leaves one without --max-time alone', () => {
    const { maxTimeMs: _none, ...unbounded } = settings;
    expect(settingsFromEnv({ [SETTINGS_ENV]: encodeSettings({ ...settings, runId: 'crmcdead0003' }) }, 2_000).deadlineAt).toBe(602_000);
    expect(settingsFromEnv({ [SETTINGS_ENV]: encodeSettings(unbounded) }, 2_000).deadlineAt).toBeUndefined();
  });

  it('keeps a deadline the settings already carry (the in-process engine fixes its own)', () => {
    expect(settingsFromEnv({ [SETTINGS_ENV]: encodeSettings({ ...settings, deadlineAt: 42 }) }, 2_000).deadlineAt).toBe(42);
  });
});

describe('runSuites with --max-time', () => {
  it('lets the workers fix the deadline after vitest has started, one for all their suite files', async () => {
    let runStartedAt = Number.POSITIVE_INFINITY;
    const result = await runSuites({ ...settings, deadlineAt: 1 }, { onStart: () => (runStartedAt = Date.now()) }, CONFIG);
    expect(result.stopped).toBeUndefined();
    const deadlines = result.outcomes.map((o) => Number(o.testCase));
    expect(deadlines).toHaveLength(2);
    expect(new Set(deadlines).size).toBe(1);
    // Fixed in the worker, after the run started: vitest's start-up is not charged to the budget.
    expect(deadlines[0]! - settings.maxTimeMs!).toBeGreaterThanOrEqual(runStartedAt);
  });
});
