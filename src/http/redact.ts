/**
 * Credentials never leave the client: recorded headers carry a placeholder instead of the
 * token, and so does every header whose name suggests a secret (a gateway key, a session
 * cookie, a signature). The report redaction (src/reporters/redact.ts) uses the same rule.
 */
export const REDACTED = '[REDACTED]';

/** Parts of a header name that suggest its value is a credential. */
const SECRET_NAME = /auth|cookie|key|token|secret|session|password|passwd|signature/i;

/** Challenges that only name a scheme; they carry no secret and are evidence for the auth checks. */
const PUBLIC_CHALLENGES = new Set(['www-authenticate', 'proxy-authenticate']);

/** True when a header of this name may carry a credential and must be recorded as a placeholder. */
export function isSecretHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return SECRET_NAME.test(lower) && !PUBLIC_CHALLENGES.has(lower);
}

/** The placeholder for a secret header's value: a bearer credential keeps its scheme. */
export function redactedValue(name: string, value: unknown): string {
  const bearer = name.toLowerCase() === 'authorization' && typeof value === 'string' && /^bearer\s/i.test(value);
  return bearer ? `Bearer ${REDACTED}` : REDACTED;
}

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = isSecretHeader(name) ? redactedValue(name, value) : value;
  return out;
}

/** The values of the secret headers among `headers`, to scrub from free text as well. */
export function secretHeaderValues(headers: Readonly<Record<string, string>> | undefined): string[] {
  return Object.entries(headers ?? {})
    .filter(([name]) => isSecretHeader(name))
    .map(([, value]) => value);
}

/** Shortest secret replaced in free text; shorter strings would mangle ordinary words. */
export const MIN_SECRET_LENGTH = 4;

/** Replaces every occurrence of each secret in a text (a target may echo a token back). */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join(REDACTED);
  return out;
}
