import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReport } from '../../src/reporters/json-report.ts';
import { writeReports } from '../../src/reporters/write-reports.ts';
import { SAMPLE_READ_TOKEN, SAMPLE_TOKEN, sampleReport } from './fixtures/sample-report.ts';

const root = mkdtempSync(join(tmpdir(), 'crmc-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeReports', () => {
  it('writes every format, none holding a token, and a valid report.json', () => {
    const dir = join(root, 'run');
    const stepSummary = join(root, 'step.md');
    const report = sampleReport();
    report.findings[1]!.message += ` with ${SAMPLE_READ_TOKEN}`;
    const written = writeReports(dir, report, { secrets: [SAMPLE_TOKEN, SAMPLE_READ_TOKEN], env: { GITHUB_STEP_SUMMARY: stepSummary } });
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'junit.xml', 'report.json', 'repro', 'summary.md']);
    const scripts = report.findings.map((f) => join(dir, 'repro', `${f.id.replace('#', '-')}.sh`));
    expect(readdirSync(join(dir, 'repro')).sort()).toEqual(scripts.map((s) => s.slice(s.lastIndexOf('/') + 1)).sort());
    expect(statSync(scripts[0]!).mode & 0o111).toBe(0o111);
    for (const file of [...readdirSync(dir).filter((f) => f !== 'repro').map((f) => join(dir, f)), ...scripts, stepSummary]) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain(SAMPLE_TOKEN);
      expect(text, file).not.toContain(SAMPLE_READ_TOKEN);
    }
    expect(readReport(written.json).findings).toHaveLength(4);
    expect(written.stepSummary).toBe(stepSummary);
  });
});
