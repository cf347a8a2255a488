/**
 * Maps what undici and the network throw onto our stable error codes, with a one-line message.
 */
import { CrmcError } from '../core/errors.ts';

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_CONNECT']);
const TIMEOUT = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

/** The first string code along the cause chain; else the first specific error name (e.g. HTTPParserError). */
function codeOf(error: unknown): string {
  let current: unknown = error;
  let named: string | undefined;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if (current.name === 'TimeoutError' || current.name === 'AbortError') return 'ETIMEDOUT';
    if (current.name !== 'Error') named ??= current.name;
    current = (current as { cause?: unknown }).cause;
  }
  return named ?? 'UNKNOWN';
}

export function transportError(error: unknown, baseUrl: string, timeoutMs: number): CrmcError {
  if (error instanceof CrmcError) return error;
  const code = codeOf(error);
  if (UNREACHABLE.has(code)) {
    return new CrmcError('CRMC_TARGET_UNREACHABLE', `target unreachable: ${baseUrl} (${code})`, { cause: error });
  }
  if (TIMEOUT.has(code)) {
    return new CrmcError('CRMC_TARGET_TIMEOUT', `target did not answer within ${timeoutMs} ms: ${baseUrl}`, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CrmcError('CRMC_TARGET_PROTOCOL', `broken response from ${baseUrl} (${code}: ${detail})`, { cause: error });
}
