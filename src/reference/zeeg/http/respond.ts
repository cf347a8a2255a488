/**
 * Zeeg's error envelope; writing JSON is shared by every reference server (common/respond.ts).
 */
import type { JsonReply } from '../../common/respond.ts';

export { JSON_CONTENT_TYPE, sendJson, type JsonReply } from '../../common/respond.ts';

/** The error envelope the record pages use: `{ success: false, status, message }`. */
export function errorReply(status: number, message: string, headers?: Record<string, string>): JsonReply {
  return { status, body: { success: false, status, message }, headers };
}
