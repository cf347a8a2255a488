/**
 * Renders TypeScript types for the OpenAPI documents under spec/<api>/openapi.yaml with
 * openapi-typescript. Pure: nothing is written here, so tests can compare a fresh rendering
 * with the committed file. bin/generate-types.js writes the files.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

/** The package root, as a directory URL. */
export const ROOT_URL = new URL('../', import.meta.url);

export const HEADER = [
  '/**',
  ' * Generated from spec/%API%/openapi.yaml by `npm run generate` (openapi-typescript).',
  ' * Do not edit by hand: change the spec and run `npm run generate`; a test fails on drift.',
  ' */',
  '',
].join('\n');

/** Names of the APIs that ship a spec/<api>/openapi.yaml, sorted. */
export async function listApis() {
  const entries = await readdir(new URL('spec/', ROOT_URL), { withFileTypes: true });
  const apis = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const files = await readdir(new URL(`spec/${entry.name}/`, ROOT_URL));
    if (files.includes('openapi.yaml')) apis.push(entry.name);
  }
  return apis.sort();
}

/** Absolute path of the generated module of an API. */
export function generatedPath(api) {
  return fileURLToPath(new URL(`src/apis/${api}/generated.ts`, ROOT_URL));
}

/** The full text of src/apis/<api>/generated.ts for the current spec (deterministic). */
export async function renderTypes(api) {
  const source = new URL(`spec/${api}/openapi.yaml`, ROOT_URL);
  const ast = await openapiTS(source, { alphabetize: true, silent: true });
  const body = astToString(ast).replace(/\r\n/g, '\n');
  return `${HEADER.replace('%API%', api)}${body.endsWith('\n') ? body : `${body}\n`}`;
}
