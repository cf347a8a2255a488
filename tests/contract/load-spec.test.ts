import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec, specPath } from '../../src/contract/load-spec.ts';
import { CrmcError } from '../../src/core/errors.ts';

const OPERATION_IDS = ['assertRecord', 'createRecord', 'deleteRecord', 'getObject', 'getRecord', 'patchRecord', 'updateRelation'];

let dir: string;
let shipped: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crmc-spec-'));
  shipped = await readFile(specPath('zeeg'), 'utf8');
});

/** Write a variant of the shipped spec into the temp folder and return its path. */
async function variant(name: string, edit: (text: string) => string): Promise<string> {
  const path = join(dir, name);
  const text = edit(shipped);
  expect(text, `${name} must differ from the shipped spec`).not.toBe(shipped);
  await writeFile(path, text);
  return path;
}

async function loadError(path: string): Promise<CrmcError> {
  try {
    await loadSpec(path);
  } catch (error) {
    expect(error).toBeInstanceOf(CrmcError);
    return error as CrmcError;
  }
  throw new Error(`${path} loaded without error`);
}

function operationIds(document: { paths: Record<string, Record<string, unknown>> }): string[] {
  return Object.values(document.paths)
    .flatMap((item) => Object.values(item))
    .map((operation) => (operation as { operationId?: string }).operationId)
    .filter((id): id is string => typeof id === 'string')
    .sort();
}

describe('the shipped Zeeg spec', () => {
  it('resolves from the package root', () => {
    expect(specPath('zeeg').replaceAll('\\', '/')).toMatch(/\/spec\/zeeg\/openapi\.yaml$/);
    expect(existsSync(specPath('zeeg'))).toBe(true);
  });

  it('loads as OpenAPI 3.1 with the seven operations', async () => {
    const spec = await loadSpec(specPath('zeeg'));
    expect(spec.document.openapi).toBe('3.1.0');
    expect(operationIds(spec.document)).toEqual(OPERATION_IDS);
  });

  it('keeps the raw document with its $refs and dereferences the other', async () => {
    const spec = await loadSpec(specPath('zeeg'));
    expect(JSON.stringify(spec.raw)).toContain('"$ref":"#/components/schemas/RecordResponse"');
    expect(JSON.stringify(spec.document)).not.toContain('"$ref"');
  });

  it('is cached per path', async () => {
    const first = await loadSpec(specPath('zeeg'));
    expect(await loadSpec(specPath('zeeg'))).toBe(first);
  });
});

describe('a broken spec', () => {
  const cases: Array<[string, (text: string) => string, RegExp]> = [
    ['invalid YAML', (text) => text.replace('paths:\n', 'paths:\n  - [unclosed\n'), /invalid YAML/],
    ['a missing $ref', (text) => text.replace("schemas/DeleteResponse'", "schemas/NoSuchSchema'"), /Missing \$ref pointer .*NoSuchSchema/],
    ['openapi 2.5.0', (text) => text.replace('openapi: 3.1.0', 'openapi: 2.5.0'), /openapi must be 3\.1\.x.*"2\.5\.0"/],
    ['openapi 3.0.3', (text) => text.replace('openapi: 3.1.0', 'openapi: 3.0.3'), /openapi must be 3\.1\.x.*"3\.0\.3"/],
    ['a duplicated operationId', (text) => text.replace('operationId: getRecord', 'operationId: getObject'), /operationId `getObject` is duplicated/],
    ['an unknown security scheme type', (text) => text.replace('type: http', 'type: htp'), /invalid `type`: `htp`/],
  ];

  it.each(cases)('with %s is one CRMC_SPEC_INVALID line naming the file', async (label, edit, problem) => {
    const path = await variant(`${label.replaceAll(/\W+/g, '-')}.yaml`, edit);
    const error = await loadError(path);
    expect(error.code).toBe('CRMC_SPEC_INVALID');
    expect(error.message.startsWith(`${path}: `)).toBe(true);
    expect(error.message).not.toContain('\n');
    expect(error.message).toMatch(problem);
  });

  it('that does not exist is CRMC_SPEC_INVALID too', async () => {
    const error = await loadError(join(dir, 'missing.yaml'));
    expect(error.code).toBe('CRMC_SPEC_INVALID');
    expect(error.message).toMatch(/missing\.yaml: cannot read the file \(ENOENT\)$/);
  });

  it('that is a YAML scalar is CRMC_SPEC_INVALID', async () => {
    const path = join(dir, 'scalar.yaml');
    await writeFile(path, 'just a string\n');
    expect((await loadError(path)).message).toMatch(/not a YAML\/JSON object/);
  });

  it('is not cached: once fixed, the same path loads', async () => {
    const path = join(dir, 'fixed-later.yaml');
    await writeFile(path, shipped.replace('openapi: 3.1.0', 'openapi: 2.0.0'));
    await loadError(path);
    await writeFile(path, shipped);
    expect(operationIds((await loadSpec(path)).document)).toEqual(OPERATION_IDS);
  });
});
