/**
 * readBounded: reads at most `limit` bytes, says whether it cut, keeps `keep` bytes of a cut
 * body, and destroys the stream at the limit instead of reading the rest.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readBounded } from '../../src/http/read-body.ts';

const chunks = (...parts: string[]) => Readable.from(parts.map((p) => Buffer.from(p)));

describe('readBounded', () => {
  it.each<[string, string[], number, string, boolean]>([
    ['an empty body', [], 10, '', false],
    ['a body under the limit', ['ab', 'cd'], 10, 'abcd', false],
    ['a body exactly at the limit', ['abc', 'de'], 5, 'abcde', false],
    ['a body one byte over, cut inside a chunk', ['abc', 'def'], 5, 'abcde', true],
    ['a body over the limit at a chunk boundary', ['abc', 'def'], 3, 'abc', true],
    ['a limit of zero', ['a'], 0, '', true],
  ])('%s', async (_, parts, limit, text, truncated) => {
    const read = await readBounded(chunks(...parts), limit);
    expect(read).toEqual({ text, bytes: Buffer.byteLength(text), truncated });
  });

  it('counts bytes, not characters', async () => {
    const read = await readBounded(chunks('é😀'), 6);
    expect(read).toEqual({ text: 'é😀', bytes: 6, truncated: false });
    expect((await readBounded(chunks('é😀'), 2)).text).toBe('é');
  });

  it('destroys the stream at the limit and reads no further', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 1;
        this.push(Buffer.alloc(1024, 0x61));
      },
    });
    const read = await readBounded(endless, 4096);
    expect(read).toEqual({ text: 'a'.repeat(4096), bytes: 4096, truncated: true });
    expect(endless.destroyed).toBe(true);
    expect(produced).toBeLessThan(40);
  });

  it('of a cut body keeps only the first `keep` bytes, while counting what it read', async () => {
    expect(await readBounded(chunks('abcdef', 'ghij'), 8, 3)).toEqual({ text: 'abc', bytes: 8, truncated: true });
    expect(await readBounded(chunks('abcdef'), 10, 3)).toEqual({ text: 'abcdef', bytes: 6, truncated: false });
  });

  it('leaves a stream it read to the end undestroyed by force', async () => {
    const stream = chunks('ok');
    const read = await readBounded(stream, 10);
    expect(read.truncated).toBe(false);
    expect(stream.readableEnded).toBe(true);
  });
});
