/**
 * Replay over a fault catalogue: for each fault, a run narrowed to the check the fault draws
 * (--only, as a user narrowing a run would) finds it; replaying that finding against the
 * still-faulty server says STILL FAILING, against a clean server FIXED, and neither replay
 * leaves a record behind. The finding's reproduction script, run by itself with bash against
 * the faulty server, gets the status the run got at every step (races excepted: sent one by
 * one they need not repeat; so are runs whose deletes failed, as their records are still there).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/findings.ts';
import type { RunningServer } from '../../src/reference/common/serve.ts';
import { reproScript } from '../../src/reporters/repro-script.ts';
import { newRunId, type RunSettings } from '../../src/runner/settings.ts';
import { planCases, runConformance } from '../../src/suites/run-conformance.ts';
import { isRacy, replayFindings } from '../../src/suites/replay-finding.ts';
import type { RunnableApi, SuiteDef } from '../../src/suites/suite-def.ts';

const run = promisify(execFile);

export interface CatalogueApi {
  name: string;
  faults: ReadonlyArray<{ name: string; clauses: readonly string[] }>;
  expectations: Readonly<Record<string, { code: string }>>;
  start(faults: string[]): Promise<RunningServer>;
  settings(baseUrl: string, seed: number): RunSettings;
  runnable: RunnableApi;
  /** Faults under which the live records differ from what the replies say: records no reply names (a refused write that stored anyway, a record without id), a DELETE it acknowledges that leaves the record, or one it answers 5xx that removes it. */
  keepsRecords: readonly string[];
  /** The variables the scripts read their credentials from. */
  scriptEnv(settings: RunSettings): Record<string, string>;
}

export const CATALOGUE_SEED = 1;
/** Attempts for a race: enough for the reference's races, which lose every time. */
const RACE_ATTEMPTS = 2;

/** The statuses of each `step N: … -> S (the run got R)` line a script printed. */
export function scriptSteps(output: string): Array<{ got: string; recorded: string }> {
  return [...output.matchAll(/^step \d+: .* -> (\S+) \(the run got (\S+)\)$/gm)].map((m) => ({ got: m[1]!, recorded: m[2]! }));
}

async function runScript(finding: Finding, settings: RunSettings, env: Record<string, string>, dir: string): Promise<string> {
  const file = join(dir, `${finding.id.replace(/\W/g, '-')}.sh`);
  writeFileSync(file, reproScript(finding, settings.baseUrl, settings.runId));
  const { stdout } = await run('bash', [file], { env: { PATH: process.env.PATH ?? '', ...env } });
  return stdout;
}

export function describeReplayCatalogue(api: CatalogueApi, part: number, parts: number): void {
  const size = Math.ceil(api.faults.length / parts);
  const faults = api.faults.slice((part - 1) * size, part * size);
  let clean: RunningServer;
  let dir: string;
  beforeAll(async () => {
    clean = await api.start([]);
    dir = mkdtempSync(join(tmpdir(), `crmc-replay-${api.name}-`));
  });
  afterAll(async () => {
    await clean.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe.each(faults)('$name', (fault) => {
    it(`${fault.name}: replay says STILL FAILING on the faulty server and FIXED on a clean one, and its script repeats the run`, async () => {
      const code = api.expectations[fault.name]!.code;
      const faulty = await api.start([fault.name]);
      try {
        // A check no case declares is narrowed to by the fault's clauses instead.
        const declared = planCases({ only: [code] }, api.runnable.suites as readonly SuiteDef[]).length > 0;
        const settings = { ...api.settings(faulty.url, CATALOGUE_SEED), only: declared ? [code] : [...fault.clauses] };
        const outcomes = await runConformance(settings, api.runnable);
        const findings = outcomes.flatMap((o) => o.findings);
        const finding = findings.find((f) => f.check === code);
        expect(finding, `no ${code} finding; got ${findings.map((f) => f.check).join(', ')}`).toBeDefined();

        const before = faulty.liveRecords();
        const [still] = await replayFindings({ ...settings, runId: newRunId() }, api.runnable, [finding!], RACE_ATTEMPTS);
        expect([still!.verdict, still!.reason]).toEqual(['still-failing', still!.reason]);
        // What a replay could not delete it says (a DELETE that fails); only records no reply names stay unsaid.
        if (!api.keepsRecords.includes(fault.name)) expect(faulty.liveRecords()).toBe(before + still!.leftovers.length);

        const cleanBefore = clean.liveRecords();
        const [fixed] = await replayFindings({ ...api.settings(clean.url, CATALOGUE_SEED), runId: newRunId() }, api.runnable, [finding!], RACE_ATTEMPTS);
        expect([fixed!.verdict, fixed!.reason]).toEqual(['fixed', fixed!.reason]);
        expect([clean.liveRecords(), fixed!.leftovers]).toEqual([cleanBefore, []]);

        // A script reuses the run's values: records the run could not delete would change its answers.
        if (!isRacy(finding!) && !api.keepsRecords.includes(fault.name) && outcomes.every((o) => o.leftovers.length === 0)) {
          const steps = scriptSteps(await runScript(finding!, settings, api.scriptEnv(settings), dir));
          expect(steps.length).toBe(finding!.exchanges.length);
          expect(steps.map((s) => s.got)).toEqual(steps.map((s) => s.recorded));
        }
      } finally {
        await faulty.close();
      }
    });
  });
}
