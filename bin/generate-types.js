#!/usr/bin/env node
/**
 * `npm run generate`: writes src/apis/<api>/generated.ts for every spec/<api>/openapi.yaml.
 * Files whose content is unchanged are left alone; the list of written files is printed.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { generatedPath, listApis, renderTypes } from './generate-types-lib.js';

async function main() {
  const apis = await listApis();
  if (apis.length === 0) throw new Error('no spec/<api>/openapi.yaml found');
  for (const api of apis) {
    const target = generatedPath(api);
    const text = await renderTypes(api);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === text) {
      console.log(`unchanged ${target}`);
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
    console.log(`wrote ${target}`);
  }
}

main().catch((error) => {
  console.error(`generate-types: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
