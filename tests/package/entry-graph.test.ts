/**
 * What importing the package loads: every module the entry (src/index.ts) reaches through static
 * imports, type imports included, since the declarations follow them. None may import vitest or
 * tsx: they are not installed with the package (vitest loads only behind `--runner vitest`, through
 * a dynamic import), and a declaration naming them breaks a consumer's type-check.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const STATIC_IMPORT = /^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm;

/** Every module reachable from `entry` by static imports, with the packages each one names. */
function reach(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    const packages: string[] = [];
    seen.set(file, packages);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const target = match[1] ?? match[2]!;
      if (target.startsWith('.')) visit(resolve(dirname(file), target));
      else packages.push(target);
    }
  };
  visit(entry);
  return seen;
}

describe('the package entry', () => {
  const graph = reach(ENTRY);

  it('reaches the library, the engine and the writers', () => {
    const reached = [...graph.keys()].map((file) => file.slice(file.indexOf('/src/') + 1));
    expect(reached).toEqual(expect.arrayContaining(['src/library/run.ts', 'src/suites/run-conformance.ts', 'src/reporters/write-reports.ts']));
  });

  it('imports neither vitest nor tsx, in code or in types', () => {
    const offending = [...graph].flatMap(([file, packages]) => packages.filter((p) => /^(vitest|@vitest\/|tsx)(\/|$)/.test(p)).map((p) => `${file}: ${p}`));
    expect(offending).toEqual([]);
  });
});
