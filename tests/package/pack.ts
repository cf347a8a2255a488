/**
 * Packs the package as `npm pack` would and installs the tarball into an empty project, without
 * touching the checkout: the files `package.json` ships (its `files`, listed by a dry run) are
 * copied to a temporary folder, the current sources are compiled into its dist/ with
 * tsconfig.build.json, and that folder is packed. Two test runs side by side never share a dist/.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const run = promisify(execFile);

/** npm's own environment, without what the test runner sets for its children. */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(CRM_|CRMC_|GITHUB_STEP_SUMMARY|VITEST|NODE_OPTIONS|npm_)/i.test(key)) env[key] = value;
  }
  return env;
}

export async function npm(args: readonly string[], cwd: string): Promise<string> {
  const { stdout } = await run('npm', [...args], { cwd, env: npmEnv(), maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

interface PackEntry {
  filename: string;
  size: number;
  files: Array<{ path: string; size: number }>;
}

/** The files `files` selects, from a dry run in the checkout (without dist/, built fresh below). */
async function shippedSources(): Promise<string[]> {
  const [entry] = JSON.parse(await npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT)) as PackEntry[];
  return entry!.files.map((f) => f.path).filter((path) => !path.startsWith('dist/'));
}

/** Stages and packs the package into `dir`; resolves with the tarball's path and its entry. */
export async function packInto(dir: string): Promise<{ tarball: string; entry: PackEntry }> {
  const stage = join(dir, 'stage');
  for (const path of await shippedSources()) {
    mkdirSync(dirname(join(stage, path)), { recursive: true });
    cpSync(join(ROOT, path), join(stage, path));
  }
  await run(process.execPath, [TSC, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(stage, 'dist')], { cwd: ROOT });
  // The build is done: prepack would build again, into the checkout.
  const [entry] = JSON.parse(await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], stage)) as PackEntry[];
  return { tarball: join(dir, entry!.filename), entry: entry! };
}

/** An empty project with the tarball installed as users install it. */
export async function installInto(dir: string, tarball: string): Promise<string> {
  const project = join(dir, 'consumer');
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true }, null, 2)}\n`);
  await npm(['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], project);
  return project;
}
