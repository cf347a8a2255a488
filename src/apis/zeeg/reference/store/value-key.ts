/**
 * Canonical JSON of an attribute value: object keys sorted at every depth, so two values that
 * are deep-equal as JSON get the same key. Used for assert matching and unique indexes.
 */
export function valueKey(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    const sorted: Array<[string, unknown]> = Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]);
    // Entries, not an object: a key such as "__proto__" stays plain data.
    return { entries: sorted };
  }
  return value;
}
