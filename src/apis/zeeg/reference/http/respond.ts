/**
 * Zeeg's error envelope; writing JSON is shared by every reference server (common/respond.ts).
 */
import type { JsonReply } from '../../../../reference/common/respond.ts';

export { JSON_CONTENT_TYPE, sendJson, type JsonReply } from '../../../../reference/common/respond.ts';

/**
 * The error envelope the record pages use, `{ success: false, status, message }`, or with
 * `errorMember` the other documented shape, `{ error }`.
 */
export function errorReply(status: number, message: string, headers?: Record<string, string>, errorMember = false): JsonReply {
  return { status, body: errorMember ? { error: message } : { success: false, status, message }, headers };
}
