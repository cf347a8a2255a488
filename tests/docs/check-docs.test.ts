import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testableApis } from '../../src/apis/index.ts';
import { renderCheckDocs } from '../../src/docs/check-docs.ts';

const apis = await testableApis();

describe('docs/checks.md', () => {
  const committed = readFileSync(new URL('../../docs/checks.md', import.meta.url), 'utf8');

  it('matches the check registries (run `npm run generate` after changing a check)', () => {
    expect(committed).toBe(renderCheckDocs(apis));
  });

  it('has one section per API, and in it one per check code of that API', () => {
    const sections = committed.split('\n').filter((line) => line.startsWith('## ') || line.startsWith('### '));
    const expected = apis.flatMap((api) => [`## ${api.spec.title} (\`--api ${api.name}\`)`, ...api.checks.map((c) => `### ${c.code}`)]);
    expect(sections).toEqual(expected);
  });
});
