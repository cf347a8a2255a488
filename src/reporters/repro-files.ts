/**
 * Writes each finding's reproduction script next to the report, as repro/<finding id>.sh,
 * executable. A report without findings gets no repro folder.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunReport } from '../report/report-types.ts';
import { reproFileName, reproScript } from './repro-script.ts';

export const REPRO_DIR = 'repro';

/** The paths written, one per finding. */
export function writeReproScripts(dir: string, report: RunReport): string[] {
  if (report.findings.length === 0) return [];
  const folder = join(dir, REPRO_DIR);
  mkdirSync(folder, { recursive: true });
  return report.findings.map((finding) => {
    const file = join(folder, reproFileName(finding.id));
    writeFileSync(file, reproScript(finding, report.target.baseUrl, report.run.id));
    chmodSync(file, 0o755);
    return file;
  });
}
