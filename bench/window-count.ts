/**
 * The measure the bench and every --rate test apply: the most events in any window of `windowMs`, over
 * event times in milliseconds. A window is half-open, [t, t + windowMs), and the busiest one
 * always starts at an event, so a two-pointer sweep over the sorted times finds it.
 */
export function maxInWindow(times: readonly number[], windowMs = 1_000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let end = 0;
  for (let start = 0; start < sorted.length; start += 1) {
    while (end < sorted.length && sorted[end]! < sorted[start]! + windowMs) end += 1;
    most = Math.max(most, end - start);
  }
  return most;
}
