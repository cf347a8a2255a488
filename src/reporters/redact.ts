/**
 * The last line of defence before anything is written: every string of a report (header values,
 * bodies, URLs, messages, even object keys) is scrubbed of the run's secrets, and every header
 * whose name suggests a credential (the client's rule, src/http/redact.ts) keeps only a
 * placeholder. Applied to every report by write-reports.ts.
 */
import { isSecretHeader, MIN_SECRET_LENGTH, REDACTED, redactedValue, redactText } from '../http/redact.ts';
import type { RunReport } from '../report/report-types.ts';

export { MIN_SECRET_LENGTH, REDACTED };

/** A bearer credential written out anywhere (a target may echo the header in a body). */
const BEARER = /\b(Bearer\s+)(?!\[REDACTED\])[A-Za-z0-9._~+/=-]+/gi;

export function redactString(text: string, secrets: readonly string[]): string {
  return redactText(text, secrets).replace(BEARER, `$1${REDACTED}`);
}

function redactHeaderValue(name: string, value: unknown, secrets: readonly string[]): unknown {
  return isSecretHeader(name) ? redactedValue(name, value) : redactValue(value, secrets, false);
}

function redactValue(value: unknown, secrets: readonly string[], isHeaders: boolean): unknown {
  if (typeof value === 'string') return redactString(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, false));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const safeKey = redactString(key, secrets);
    out[safeKey] = isHeaders ? redactHeaderValue(key, inner, secrets) : redactValue(inner, secrets, key === 'headers');
  }
  return out;
}

/**
 * A deep copy of the report with every token removed. `secrets` are the run's tokens; empty
 * and very short strings are ignored in free text (header values are still replaced).
 */
export function redactReport(report: RunReport, secrets: readonly string[]): RunReport {
  const known = [...new Set(secrets.filter((s) => s !== ''))].sort((a, b) => b.length - a.length);
  return redactValue(report, known, false) as RunReport;
}

/** True when none of the secrets occurs in the text; used by tests and as a write-time guard. */
export function isFreeOfSecrets(text: string, secrets: readonly string[]): boolean {
  return secrets.every((secret) => secret.length < MIN_SECRET_LENGTH || !text.includes(secret));
}
