/**
 * Writing JSON responses, shared by the reference servers: every answer, success or error, is
 * JSON with `content-type: application/json; charset=utf-8` and an exact content-length.
 */
import type { ServerResponse } from 'node:http';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** A handler's answer: status and JSON body (serialized by `sendJson`). */
export interface JsonReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export function sendJson(res: ServerResponse, reply: JsonReply): void {
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    ...reply.headers,
    'content-type': JSON_CONTENT_TYPE,
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Send a reply: a 204 ends with no body and no content type, anything else is JSON. */
export function sendReply(res: ServerResponse, reply: JsonReply): void {
  if (reply.status !== 204) return sendJson(res, reply);
  res.writeHead(204, reply.headers);
  res.end();
}
