/**
 * Reads a response body up to a byte limit without buffering the rest: a hostile target can
 * send gigabytes; we keep the first `limit` bytes and destroy the stream.
 */
import type { Readable } from 'node:stream';

export interface BodyRead {
  text: string;
  bytes: number;
  truncated: boolean;
}

export async function readBounded(body: Readable, limit: number): Promise<BodyRead> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of body) {
    const buffer = chunk as Buffer;
    const room = limit - bytes;
    if (buffer.length > room) {
      if (room > 0) chunks.push(buffer.subarray(0, room));
      bytes += Math.max(room, 0);
      body.destroy();
      return { text: Buffer.concat(chunks).toString('utf8'), bytes, truncated: true };
    }
    chunks.push(buffer);
    bytes += buffer.length;
  }
  return { text: Buffer.concat(chunks).toString('utf8'), bytes, truncated: false };
}
