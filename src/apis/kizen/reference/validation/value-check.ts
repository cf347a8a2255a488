/**
 * The outcome of checking one written value: the form to store (null leaves the field blank)
 * or the problem to report for that entry.
 */
export type ValueCheck = { readonly ok: true; readonly stored: unknown } | { readonly ok: false; readonly problem: string };

export const accept = (stored: unknown): ValueCheck => ({ ok: true, stored });
export const refuse = (problem: string): ValueCheck => ({ ok: false, problem });

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A string that is blank: the field is left without a value. */
export function isBlankString(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}
