import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generatedPath, listApis, renderTypes } from '../../bin/generate-types-lib.js';

describe('generated types', () => {
  it('exist for every spec/<api>/openapi.yaml, zeeg included', async () => {
    expect(await listApis()).toContain('zeeg');
  });

  it('match a fresh generation from the spec (no drift)', async () => {
    for (const api of await listApis()) {
      const committed = await readFile(generatedPath(api), 'utf8').catch(() => '');
      const fresh = await renderTypes(api);
      expect(committed === fresh, `src/apis/${api}/generated.ts is out of date with spec/${api}/openapi.yaml: run \`npm run generate\``).toBe(true);
    }
  }, 30_000);

  it('render the same text twice (deterministic)', async () => {
    expect(await renderTypes('zeeg')).toBe(await renderTypes('zeeg'));
  }, 30_000);

  it('carry the header that names the command', async () => {
    expect((await renderTypes('zeeg')).split('\n').slice(0, 4).join('\n')).toContain('`npm run generate`');
  }, 30_000);
});
