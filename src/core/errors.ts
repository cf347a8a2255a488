/**
 * Every error the engine raises on purpose is a CrmcError with a stable code.
 * The CLI maps codes to exit codes; reporters and users match on `code`, never on message text.
 */
export const ERROR_CODES = {
  CRMC_USAGE: 'bad command-line usage',
  CRMC_CONFIG_INVALID: 'the configuration file or a setting is invalid',
  CRMC_SPEC_INVALID: 'an OpenAPI document or clause catalogue is broken',
  CRMC_TARGET_UNREACHABLE: 'the target could not be reached',
  CRMC_TARGET_TIMEOUT: 'the target did not answer in time',
  CRMC_TARGET_PROTOCOL: 'the target answered with something that is not a usable HTTP/JSON response',
  CRMC_TARGET_TOO_LARGE: 'the target sent a response body over the read limit',
  CRMC_DISCOVERY_FAILED: 'the object schema could not be discovered',
  CRMC_REPORT_INVALID: 'a report file could not be read or is not a crm-conformance report',
  CRMC_DEADLINE: 'the run reached its deadline',
  CRMC_INTERNAL: 'an internal error',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class CrmcError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CrmcError';
    this.code = code;
    this.details = options.details ?? {};
  }
}

export function isCrmcError(value: unknown, code?: ErrorCode): value is CrmcError {
  return value instanceof CrmcError && (code === undefined || value.code === code);
}
