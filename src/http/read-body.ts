/**
 * Reads a response body up to a byte limit without buffering the rest: a hostile target can
 * send gigabytes; we read the first `limit` bytes and stop. Of a body cut there, only the first
 * `keep` bytes are returned: it will not be parsed, only shown as evidence. `BodyBound` holds
 * the rule for chunks pushed by a dispatch handler; `readBounded` applies it to a stream.
 */
import type { Readable } from 'node:stream';

export interface BodyRead {
  /** The body as UTF-8 text; for a truncated body, its first `keep` bytes. */
  text: string;
  /** Bytes read before stopping (at most `limit`). */
  bytes: number;
  truncated: boolean;
}

/** Collects chunks up to `limit` bytes; `push` answers false once a chunk went over and nothing more may be read. */
export class BodyBound {
  private readonly chunks: Buffer[] = [];
  private bytes = 0;
  private cut = false;

  constructor(
    private readonly limit: number,
    private readonly keep: number = limit,
  ) {}

  push(chunk: Buffer): boolean {
    const room = this.limit - this.bytes;
    if (chunk.length > room) {
      if (room > 0) this.chunks.push(chunk.subarray(0, room));
      this.bytes += Math.max(room, 0);
      this.cut = true;
      return false;
    }
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    return true;
  }

  result(): BodyRead {
    const whole = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    if (!this.cut) return { text: whole.toString('utf8'), bytes: this.bytes, truncated: false };
    return { text: whole.subarray(0, Math.min(this.keep, this.bytes)).toString('utf8'), bytes: this.bytes, truncated: true };
  }
}

export async function readBounded(body: Readable, limit: number, keep: number = limit): Promise<BodyRead> {
  const bound = new BodyBound(limit, keep);
  for await (const chunk of body) {
    if (!bound.push(chunk as Buffer)) {
      body.destroy();
      break;
    }
  }
  return bound.result();
}
