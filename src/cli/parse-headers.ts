/**
 * Custom request headers for gateways and tenants: `--header 'Name: value'` (repeatable) or
 * `headers` in the config file (an object or a list of `Name: value` strings). Names are checked
 * against RFC 9110's token grammar and kept in lower case; values may not hold line breaks or
 * other control characters. Headers that frame the request, or that the client sets itself for
 * the checks to mean anything, are refused with the reason.
 */
import { bad, type Origin } from './validate.ts';

/** RFC 9110 §5.6.2 token characters. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Visible characters, spaces and tabs (RFC 9110 §5.5 field-value, without obsolete folding). */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Headers a run must not set, and why. */
const FORBIDDEN: Readonly<Record<string, string>> = {
  host: 'it comes from the base URL',
  'content-length': 'the client frames every body itself',
  'transfer-encoding': 'the client frames every body itself',
  connection: 'the client manages its connections',
  'keep-alive': 'the client manages its connections',
  'proxy-connection': 'the client manages its connections',
  upgrade: 'the client speaks HTTP/1.1 only',
  te: 'the client frames every body itself',
  trailer: 'the client frames every body itself',
  expect: 'the client sends every body at once',
  authorization: 'pass the token with --token (or CRM_TOKEN)',
  'content-type': 'the checks send JSON and bodies that are not, and label each',
  accept: 'the client asks for JSON on every request',
};

/** One `Name: value` line, checked; the name comes back in lower case. */
export function parseHeaderLine(raw: unknown, origin: Origin): [string, string] {
  const line = typeof raw === 'string' ? raw : '';
  const colon = line.indexOf(':');
  if (colon <= 0) bad(origin, `expected "Name: value", got ${JSON.stringify(raw)}`);
  return checkHeader(line.slice(0, colon), line.slice(colon + 1), origin);
}

function checkHeader(rawName: string, rawValue: unknown, origin: Origin): [string, string] {
  if (!TOKEN.test(rawName)) bad(origin, `${JSON.stringify(rawName)} is not a valid header name`);
  const name = rawName.toLowerCase();
  const why = FORBIDDEN[name];
  if (why !== undefined) bad(origin, `the ${rawName} header cannot be set: ${why}`);
  if (typeof rawValue !== 'string') bad(origin, `the value of ${rawName} must be a string`);
  const value = rawValue.trim();
  if (value === '') bad(origin, `the ${rawName} header needs a value`);
  if (!FIELD_VALUE.test(value)) bad(origin, `the value of ${rawName} holds a line break or another control character`);
  return [name, value];
}

/**
 * Every header of a flag list, a config list or a config object, keyed by lower-case name.
 * A name given twice is refused: which one wins would be a guess.
 */
export function parseHeaders(raw: unknown, origin: Origin): Record<string, string> {
  let pairs: Array<[string, string]>;
  if (typeof raw === 'string') pairs = [parseHeaderLine(raw, origin)];
  else if (Array.isArray(raw)) pairs = raw.map((line) => parseHeaderLine(line, origin));
  else if (typeof raw === 'object' && raw !== null) pairs = Object.entries(raw).map(([name, value]) => checkHeader(name, value, origin));
  else bad(origin, 'expected "Name: value" lines or an object of header values');
  const headers = new Map<string, string>();
  for (const [name, value] of pairs) {
    if (headers.has(name)) bad(origin, `the ${name} header is given twice`);
    headers.set(name, value);
  }
  return Object.fromEntries(headers);
}
