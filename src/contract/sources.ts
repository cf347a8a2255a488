/**
 * The public pages behind the source snapshots (spec/sources/sources.yaml): for each snapshot file
 * a clause may cite, a title and, where the documents name one, the URL of the page. Read once;
 * a broken file is CRMC_SPEC_INVALID. The report carries the pages its clauses cite.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { CrmcError } from '../core/errors.ts';
import type { ClauseCatalogue } from './clauses.ts';

export interface SourcePage {
  title: string;
  /** The public page (or, where the documents name no page, the documentation site). */
  url?: string;
}

export const SOURCES_FILE = fileURLToPath(new URL('../../spec/sources/sources.yaml', import.meta.url));

function invalid(problem: string): never {
  throw new CrmcError('CRMC_SPEC_INVALID', `${SOURCES_FILE}: ${problem}`);
}

function checkPage(file: string, raw: unknown): SourcePage {
  if (typeof raw !== 'object' || raw === null) invalid(`${file}: expected a mapping with a title`);
  const { title, url, ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length > 0) invalid(`${file}: unknown key "${Object.keys(rest)[0]}"`);
  if (typeof title !== 'string' || title === '') invalid(`${file}: title must be a non-empty string`);
  if (url === undefined) return { title };
  if (typeof url !== 'string' || !url.startsWith('https://')) invalid(`${file}: url must be an https:// address`);
  return { title, url };
}

/** Every source file's page, by file name. */
export function parseSources(text: string): ReadonlyMap<string, SourcePage> {
  const doc = YAML.parse(text) as { sources?: unknown } | null;
  const sources = doc?.sources;
  if (typeof sources !== 'object' || sources === null || Array.isArray(sources)) invalid('expected a mapping "sources"');
  return new Map(Object.entries(sources).map(([file, page]) => [file, checkPage(file, page)] as const));
}

let cached: ReadonlyMap<string, SourcePage> | undefined;

export function loadSources(): ReadonlyMap<string, SourcePage> {
  cached ??= parseSources(readFileSync(SOURCES_FILE, 'utf8'));
  return cached;
}

/** The pages the catalogue's clauses cite, by file name (files without an entry are left out). */
export function sourcesOf(catalogue: ClauseCatalogue, pages = loadSources()): Record<string, SourcePage> {
  const cited: Record<string, SourcePage> = {};
  for (const clause of catalogue.clauses) {
    const page = pages.get(clause.source);
    if (page !== undefined) cited[clause.source] = page;
  }
  return cited;
}
