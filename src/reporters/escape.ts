/**
 * Escaping for every place a value from the target (or anything else not written by us) ends up
 * in a report: HTML text and attributes, JSON inside a <script> element, and XML.
 */
import { isAbsent } from '../core/findings.ts';

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes a value for HTML text or a quoted attribute. Non-strings are converted with String(). */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (ch) => HTML_ENTITIES[ch]!);
}

/**
 * JSON that is safe inside `<script type="application/json">`: no `<`, `>` or `&` can close the
 * element or open a comment, and the line separators U+2028/U+2029 are escaped as well.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

// Characters XML 1.0 does not allow at all, even escaped.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes a value for XML text or a quoted attribute; characters XML cannot hold become U+FFFD. */
export function escapeXml(value: unknown): string {
  return String(value ?? '')
    .replace(XML_INVALID, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A value shown to a reader: strings as they are, anything else as indented JSON. */
export function displayValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || isAbsent(value)) return '(absent)';
  return JSON.stringify(value, null, 2) ?? String(value);
}
