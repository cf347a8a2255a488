/**
 * docs/ci.md: every crm-conformance command its recipes show goes through the CLI's own flag
 * parser and settings for that command, so a recipe never shows a flag or value the CLI refuses.
 * CI expressions (${{ ... }}, $CI_...) stand for values a real pipeline gives them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MERGE_FLAGS } from '../../src/cli/commands/merge.ts';
import { parseFlags, type FlagSpec } from '../../src/cli/parse-flags.ts';
import { resolveRun, RUN_FLAGS } from '../../src/cli/resolve-settings.ts';

const RECIPES = readFileSync(new URL('../../docs/ci.md', import.meta.url), 'utf8');
const FLAGS: Record<string, FlagSpec> = { run: RUN_FLAGS, merge: MERGE_FLAGS };

/** What a pipeline puts in place of its expressions: a shard index, a run number, a name. */
function expand(line: string): string {
  return line
    .replace(/\$\{\{\s*matrix\.shard\s*\}\}|\$CI_NODE_INDEX/g, '2')
    .replace(/\$CI_NODE_TOTAL/g, '3')
    .replace(/\$\{\{\s*github\.run_(number|id)\s*\}\}|\$CI_PIPELINE_I?ID/g, '1234');
}

/** The commands of the recipes' YAML blocks: the words after `crm-conformance@<version>`. */
function commands(): string[][] {
  const blocks = [...RECIPES.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((block) =>
    block
      .split('\n')
      .filter((line) => line.includes('crm-conformance@'))
      .map((line) => expand(line.slice(line.indexOf('crm-conformance@'))).trim().split(/\s+/).slice(1)),
  );
}

describe('docs/ci.md', () => {
  const found = commands();

  it('shows six commands, each of the published package at one pinned version', () => {
    expect(found.map(([command]) => command)).toEqual(['run', 'run', 'merge', 'run', 'run', 'merge']);
    const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    expect(new Set([...RECIPES.matchAll(/crm-conformance@(\S+)/g)].map((m) => m[1]))).toEqual(new Set([version]));
  });

  it.each(commands().map((words) => [words.join(' '), words] as const))('accepts %s', (_line, [command, ...args]) => {
    const flags = parseFlags(command!, args, FLAGS[command!]!, command === 'merge' ? Number.MAX_SAFE_INTEGER : 0);
    if (command === 'run') {
      const env = { CRM_BASE_URL: 'https://api.example.com/v2', CRM_TOKEN: 'secret' };
      expect(resolveRun(flags, env, { dir: '/ci', config: {} }, '/ci', { name: 'zeeg' }).settings).toMatchObject({ api: 'zeeg', objects: ['products'], seed: 1234 });
    } else {
      expect(flags.positionals.length).toBeGreaterThan(0);
    }
  });
});
