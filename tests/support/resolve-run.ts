/**
 * resolveRun as the run command calls it, synchronously for the tests: the API is picked the way
 * chooseApi picks it (flag, CRM_API, the config's api, the default) among the built-in APIs, and
 * its own flags join the run's.
 */
import { apiFlags, booleanFlags, earlyFlags } from '../../src/cli/api-settings.ts';
import type { LoadedConfig } from '../../src/cli/load-config.ts';
import { parseFlags } from '../../src/cli/parse-flags.ts';
import { resolveRun, RUN_FLAGS, type ResolvedRun } from '../../src/cli/resolve-settings.ts';
import { DEFAULT_API, testableApis } from '../../src/apis/index.ts';

const APIS = await testableApis();

export function resolveArgs(args: readonly string[], env: NodeJS.ProcessEnv, file: LoadedConfig, cwd: string): ResolvedRun {
  const name = earlyFlags(args, booleanFlags(RUN_FLAGS)).api ?? (env['CRM_API'] || undefined) ?? file.config.api ?? DEFAULT_API;
  const api = APIS.find((candidate) => candidate.name === name);
  if (api === undefined) throw new Error(`no built-in API "${name}"`);
  return resolveRun(parseFlags('run', args, { ...RUN_FLAGS, ...apiFlags(api) }), env, file, cwd, api);
}
