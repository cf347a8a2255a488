/**
 * One root cause, one group: findings of the same check, level, clauses, operation and shape
 * of difference form one group with a count and its smallest example. Pure and deterministic.
 *
 * - operation: the method and path of the finding's last exchange, below the target's base
 *   path, with every id segment replaced by `{id}` (a UUID, a number, or a segment of 12 or
 *   more characters holding a digit) and the query reduced to its sorted parameter names.
 * - shape: `<expected> → <observed>, <reply>`, each side reduced to its kind: an HTTP status
 *   (an integer 100–599, or an object's `status`), `text`, `number`, `true`/`false`, `null`,
 *   `list`, or an object's sorted keys; the reply is the last exchange's status, its error
 *   code, or `no request`.
 * - smallest example: fewest exchanges, then fewest counterexample steps, then the shortest
 *   last request body, then the first in report order.
 */
import type { Finding } from '../core/findings.ts';
import type { FindingGroup, RunReport } from './report-types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isIdSegment(segment: string): boolean {
  return UUID.test(segment) || /^\d+$/.test(segment) || (segment.length >= 12 && /\d/.test(segment));
}

/** `PATCH /crm/products/{id}`: the last exchange's operation, or `(no request)`. */
export function operationOf(finding: Finding, baseUrl: string): string {
  const request = finding.exchanges.at(-1)?.request;
  if (request === undefined) return '(no request)';
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return `${request.method.toUpperCase()} ${request.url}`;
  }
  let basePath = '';
  try {
    basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  } catch {
    // A report of an unparsable base URL keeps the whole path.
  }
  const path = basePath !== '' && url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : url.pathname;
  const shown = path.split('/').map((s) => (isIdSegment(s) ? '{id}' : s)).join('/');
  const names = [...new Set(url.searchParams.keys())].sort();
  return `${request.method.toUpperCase()} ${shown}${names.length > 0 ? `?${names.join('&')}` : ''}`;
}

function isStatus(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;
}

/** The coarse kind of an expected or observed value. */
export function kindOf(value: unknown): string {
  if (isStatus(value)) return String(value);
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length > 0 && value.every(isStatus) ? value.join('|') : 'list';
  const record = value as Record<string, unknown>;
  if (isStatus(record.status)) return String(record.status);
  return `{${Object.keys(record).sort().join(',')}}`;
}

function replyOf(finding: Finding): string {
  const last = finding.exchanges.at(-1);
  if (last === undefined) return 'no request';
  if (last.response !== undefined) return `reply ${last.response.status}`;
  return `no reply (${last.error?.code ?? 'unknown'})`;
}

/** `201 → 200, reply 200`: expected against observed, as kinds. */
export function shapeOf(finding: Finding): string {
  return `${kindOf(finding.expected)} → ${kindOf(finding.observed)}, ${replyOf(finding)}`;
}

function sizeOf(finding: Finding): [number, number, number] {
  return [finding.exchanges.length, finding.counterexample?.length ?? 0, finding.exchanges.at(-1)?.request.body?.length ?? 0];
}

function smaller(a: Finding, b: Finding): boolean {
  const [x, y] = [sizeOf(a), sizeOf(b)];
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return x[i]! < y[i]!;
  return false;
}

/** Most severe first: MUST before SHOULD, then by count, then by check, operation and shape. */
function compareGroups(a: FindingGroup, b: FindingGroup): number {
  if (a.level !== b.level) return a.level === 'MUST' ? -1 : 1;
  if (a.count !== b.count) return b.count - a.count;
  return a.check.localeCompare(b.check) || a.operation.localeCompare(b.operation) || a.shape.localeCompare(b.shape);
}

/** The grouping key of a finding; findings with equal keys share one root cause. */
export function groupKey(finding: Finding, baseUrl: string): string {
  return JSON.stringify([finding.check, finding.level, [...finding.clauses].sort(), operationOf(finding, baseUrl), shapeOf(finding)]);
}

/** The groups of numbered findings, most severe first, with ids G1, G2, … in that order. */
export function groupFindings(findings: readonly Finding[], baseUrl: string): FindingGroup[] {
  const byKey = new Map<string, { group: Omit<FindingGroup, 'id'>; example: Finding }>();
  for (const finding of findings) {
    const key = groupKey(finding, baseUrl);
    const seen = byKey.get(key);
    if (seen === undefined) {
      const group = { check: finding.check, level: finding.level, clauses: finding.clauses, operation: operationOf(finding, baseUrl), shape: shapeOf(finding), count: 0, example: finding.id, findings: [] as string[] };
      byKey.set(key, { group, example: finding });
    }
    const entry = byKey.get(key)!;
    entry.group.count += 1;
    entry.group.findings.push(finding.id);
    if (smaller(finding, entry.example)) [entry.example, entry.group.example] = [finding, finding.id];
  }
  const groups = [...byKey.values()].map(({ group }) => ({ id: '', ...group }));
  return groups.sort(compareGroups).map((group, i) => ({ ...group, id: `G${i + 1}` }));
}

/** A report's groups; a report of an older version gets them derived from its findings. */
export function groupsOf(report: RunReport): FindingGroup[] {
  return report.groups ?? groupFindings(report.findings, report.target.baseUrl);
}
