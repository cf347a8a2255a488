/**
 * Reading a request body with a hard size limit and parsing it as JSON. Reading stops at the
 * limit: the server never buffers more than `limit` bytes of one body.
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.ts';

/** The largest request body the server accepts (1 MiB). Larger bodies get 413. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Bytes discarded after a 413 before the connection is cut, so a client can read the answer. */
const DRAIN_LIMIT_BYTES = 8 * 1024 * 1024;

function tooLarge(): HttpError {
  return new HttpError(413, `Request body exceeds ${BODY_LIMIT_BYTES} bytes.`, { connection: 'close' });
}

/** Throw away the rest of an over-long body without keeping it; cut the connection if it goes on. */
function discardRest(req: IncomingMessage): void {
  let drained = 0;
  req.removeAllListeners('data');
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT_BYTES) req.socket.destroy();
  });
  req.resume();
}

/** Read the raw body; rejects with 413 as soon as it passes `limit`. */
export function readBody(req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    discardRest(req);
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        discardRest(req);
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks, size));
    });
    req.on('error', (error) => {
      if (!failed) reject(error);
    });
  });
}

/** Parse a body as JSON; an empty or malformed body is 400. */
export function parseJson(raw: Buffer): unknown {
  const text = raw.toString('utf8');
  if (text.trim() === '') throw new HttpError(400, 'Request body must be a JSON object.');
  try {
    // JSON.parse defines "__proto__" as an own data property; it never touches a prototype.
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON.');
  }
}

/** Read and parse a JSON body in one step. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  return parseJson(await readBody(req));
}

/** True for a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
