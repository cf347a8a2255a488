/**
 * Reads a response body up to a byte limit without buffering the rest: a hostile target can
 * send gigabytes; we read the first `limit` bytes and destroy the stream. Of a body cut there,
 * only the first `keep` bytes are returned: it will not be parsed, only shown as evidence.
 */
import type { Readable } from 'node:stream';

export interface BodyRead {
  /** The body as UTF-8 text; for a truncated body, its first `keep` bytes. */
  text: string;
  /** Bytes read before stopping (at most `limit`). */
  bytes: number;
  truncated: boolean;
}

export async function readBounded(body: Readable, limit: number, keep: number = limit): Promise<BodyRead> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of body) {
    const buffer = chunk as Buffer;
    const room = limit - bytes;
    if (buffer.length > room) {
      if (room > 0) chunks.push(buffer.subarray(0, room));
      bytes += Math.max(room, 0);
      body.destroy();
      return { text: Buffer.concat(chunks).subarray(0, Math.min(keep, bytes)).toString('utf8'), bytes, truncated: true };
    }
    chunks.push(buffer);
    bytes += buffer.length;
  }
  return { text: Buffer.concat(chunks).toString('utf8'), bytes, truncated: false };
}
