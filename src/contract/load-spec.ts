/**
 * Loads an OpenAPI 3.1 document from disk: parses the YAML, validates it with
 * @readme/openapi-parser and dereferences it. A broken document becomes one CrmcError
 * (CRMC_SPEC_INVALID) whose message is `<file>: <first problem>` on a single line.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dereference, validate } from '@readme/openapi-parser';
import YAML from 'yaml';
import { CrmcError } from '../core/errors.ts';

/** The APIs this package ships a specification for. */
/** An API's name: a folder of spec/ for the APIs this package ships, any name for one a user brings. */
export type ApiName = string;

export type JsonObject = Record<string, unknown>;

/** The members of a loaded document the contract layer reads; everything else stays `unknown`. */
export interface OpenApiDocument extends JsonObject {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components?: JsonObject;
}

export interface LoadedSpec {
  /** Absolute path the document was read from. */
  readonly path: string;
  /** The document as parsed, before dereferencing (the parser mutates what it is given). */
  readonly raw: OpenApiDocument;
  /** The validated document with every `$ref` replaced by its target. */
  readonly document: OpenApiDocument;
}

/** Absolute path of the specification shipped for an API, relative to the package root. */
export function specPath(api: ApiName): string {
  return fileURLToPath(new URL(`../../spec/${api}/openapi.yaml`, import.meta.url));
}

/** What the report's header says about the spec a run judged against. */
export interface SpecInfo {
  /** The OpenAPI document's title and version (the version of our reading). */
  title: string;
  version: string;
  /** The version of the API itself the reading judges (`info.x-api-version`): HubSpot's 2026-03, Zeeg's v2. */
  apiVersion?: string;
}

/** The `info` of an API's shipped spec, read without validating the rest. */
export function specInfo(api: ApiName): SpecInfo {
  const doc = YAML.parse(readFileSync(specPath(api), 'utf8')) as { info?: { title?: unknown; version?: unknown; 'x-api-version'?: unknown } };
  const info = { title: String(doc.info?.title ?? api), version: String(doc.info?.version ?? 'unknown') };
  const apiVersion = doc.info?.['x-api-version'];
  return apiVersion === undefined ? info : { ...info, apiVersion: String(apiVersion) };
}

const cache = new Map<string, Promise<LoadedSpec>>();

/** Load, validate and dereference a document once per path; later calls share the result. */
export function loadSpec(path: string): Promise<LoadedSpec> {
  let pending = cache.get(path);
  if (pending === undefined) {
    pending = readSpec(path);
    cache.set(path, pending);
    // A broken file is not cached, so fixing it and loading again works.
    pending.catch(() => cache.delete(path));
  }
  return pending;
}

function invalid(path: string, problem: string, cause?: unknown): CrmcError {
  const firstLine = problem.split('\n').map((line) => line.trim()).find((line) => line !== '')?.replace(/:$/, '') ?? 'unknown problem';
  return new CrmcError('CRMC_SPEC_INVALID', `${displayPath(path)}: ${firstLine}`, { cause, details: { path } });
}

/** The path relative to the working directory when it lies inside it, else as given. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

async function parseFile(path: string): Promise<OpenApiDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw invalid(path, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, error);
  }
  let parsed: unknown;
  try {
    parsed = YAML.parse(text, { prettyErrors: true });
  } catch (error) {
    throw invalid(path, `invalid YAML: ${(error as Error).message}`, error);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw invalid(path, 'the document is not a YAML/JSON object');
  }
  const version = (parsed as JsonObject).openapi;
  if (typeof version !== 'string' || !/^3\.1\.\d+$/.test(version)) {
    throw invalid(path, `openapi must be 3.1.x (schemas are JSON Schema 2020-12), found ${JSON.stringify(version ?? null)}`);
  }
  return parsed as OpenApiDocument;
}

async function readSpec(path: string): Promise<LoadedSpec> {
  const raw = await parseFile(path);
  try {
    const result = await validate(structuredClone(raw) as never);
    if (!result.valid) {
      const more = result.errors.length + result.additionalErrors - 1;
      const first = result.errors[0]?.message ?? 'validation failed';
      throw invalid(path, more > 0 ? `${first.split('\n')[0]} (and ${more} more)` : first);
    }
    const document = (await dereference(structuredClone(raw) as never)) as unknown as OpenApiDocument;
    return { path, raw, document };
  } catch (error) {
    if (error instanceof CrmcError) throw error;
    throw invalid(path, error instanceof Error ? error.message : String(error), error);
  }
}
