import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCrmcError } from '../../src/core/errors.ts';
import { readReport, renderJsonReport, reportErrors, writeJsonReport } from '../../src/reporters/json-report.ts';
import { sampleReport } from './fixtures/sample-report.ts';

const dir = mkdtempSync(join(tmpdir(), 'crmc-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report.json', () => {
  it('validates a real report against spec/report.schema.json', () => {
    expect(reportErrors(sampleReport())).toEqual([]);
  });

  it('rejects a report with an unknown field or a wrong type, naming the path', () => {
    const bad = { ...sampleReport(), extra: 1 };
    expect(reportErrors(bad).map((e) => e.keyword)).toContain('additionalProperties');
    const wrong = sampleReport() as unknown as { summary: { requests: unknown } };
    wrong.summary.requests = 'many';
    expect(() => renderJsonReport(wrong as never)).toThrow(/\/summary\/requests/);
  });

  it('round-trips through write and read', () => {
    const report = sampleReport();
    const { file, problems } = writeJsonReport(dir, report);
    expect(problems).toEqual([]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(report);
    expect(readReport(file)).toEqual(report);
    expect(readReport(dir)).toEqual(report);
  });

  it('reading a missing, non-JSON or foreign file is CRMC_REPORT_INVALID', () => {
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{');
    const foreign = join(dir, 'foreign.json');
    writeFileSync(foreign, '{"hello":"world"}');
    for (const path of [join(dir, 'missing.json'), notJson, foreign]) {
      let error: unknown;
      try {
        readReport(path);
      } catch (caught) {
        error = caught;
      }
      expect(isCrmcError(error, 'CRMC_REPORT_INVALID')).toBe(true);
    }
  });
});
