/**
 * The one place that decides the process exit code. 0: conformant. 1: at least one MUST finding
 * (or any finding with --strict), or a replayed finding still fails. 2: the run could not be
 * judged (usage, configuration, unreachable target, broken spec or report, internal error).
 */
import { isCrmcError, type ErrorCode } from '../core/errors.ts';

export const EXIT = { OK: 0, FINDINGS: 1, ERROR: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Every error code maps to 2: none of them is a verdict about the target's conformance. */
export const EXIT_FOR_ERROR: Readonly<Record<ErrorCode, ExitCode>> = {
  CRMC_USAGE: EXIT.ERROR,
  CRMC_CONFIG_INVALID: EXIT.ERROR,
  CRMC_SPEC_INVALID: EXIT.ERROR,
  CRMC_TARGET_UNREACHABLE: EXIT.ERROR,
  CRMC_TARGET_TIMEOUT: EXIT.ERROR,
  CRMC_TARGET_PROTOCOL: EXIT.ERROR,
  CRMC_TARGET_TOO_LARGE: EXIT.ERROR,
  CRMC_DISCOVERY_FAILED: EXIT.ERROR,
  CRMC_REPORT_INVALID: EXIT.ERROR,
  CRMC_DEADLINE: EXIT.ERROR,
  CRMC_INTERNAL: EXIT.ERROR,
};

export function exitCodeForError(error: unknown): ExitCode {
  return isCrmcError(error) ? EXIT_FOR_ERROR[error.code] : EXIT.ERROR;
}

/** The one line printed for an error; the stack only with CRMC_DEBUG=1. */
export function errorLine(error: unknown, env: NodeJS.ProcessEnv = process.env): string {
  if (env.CRMC_DEBUG === '1' && error instanceof Error && error.stack !== undefined) return error.stack;
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0] ?? '';
  return isCrmcError(error) ? first : `internal error: ${first} (set CRMC_DEBUG=1 for details)`;
}
