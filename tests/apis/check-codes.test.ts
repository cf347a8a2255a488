/**
 * A check code names one rule of one API: a finding's code alone says which API's rule it
 * broke, in every report and on the command line.
 */
import { describe, expect, it } from 'vitest';
import { testableApis } from '../../src/apis/index.ts';

describe('check codes', () => {
  it('are unique across every API of the registry', async () => {
    const owners = new Map<string, string[]>();
    for (const api of await testableApis()) for (const check of api.checks) owners.set(check.code, [...(owners.get(check.code) ?? []), api.name]);
    expect([...owners].filter(([, apis]) => apis.length > 1)).toEqual([]);
  });
});
