/**
 * How many replies came back with each status, for the message and evidence of a check that
 * judges several requests at once (racing writes): "201 × 1, 200 × 15".
 */

/** Each status that came back and how often, lowest status first. */
export function statusCounts(statuses: readonly number[]): Record<string, number> {
  const counts = new Map<number, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return Object.fromEntries([...counts.entries()].sort(([a], [b]) => a - b).map(([status, n]) => [String(status), n]));
}

/** The counts as words: "201 × 1, 200 × 15" (lowest status first), or "no replies". */
export function statusTally(statuses: readonly number[]): string {
  const entries = Object.entries(statusCounts(statuses));
  return entries.length === 0 ? 'no replies' : entries.map(([status, n]) => `${status} × ${n}`).join(', ');
}
