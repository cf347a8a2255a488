/**
 * What a refusal says about the request: the property names an error body points at (each
 * detail's context.propertyName, and known property names the message quotes), and whether an
 * upsert reply is a refusal of its one input (4xx, or 207 listing it in errors: facts B8).
 * A refusal naming properties the suites did not send is their own ignorance (facts B7), never
 * evidence against the server.
 */
import type { Reply } from '../../../http/client.ts';
import type { HsWorld } from '../model/world.ts';
import { isObject } from './probe.ts';

function detailNames(body: Record<string, unknown>): string[] {
  const errors = Array.isArray(body['errors']) ? body['errors'].filter(isObject) : [];
  return errors.flatMap((e) => (isObject(e['context']) && Array.isArray(e['context']['propertyName']) ? e['context']['propertyName'] : []))
    .filter((n): n is string => typeof n === 'string');
}

function quotedNames(world: HsWorld, message: unknown): string[] {
  if (typeof message !== 'string') return [];
  return [...world.properties.keys()].filter((name) => new RegExp(`(^|[^A-Za-z0-9_])${name.replace(/[^A-Za-z0-9_]/g, '\\$&')}([^A-Za-z0-9_]|$)`).test(message));
}

/** The errors of a reply body: its own when it is an error body, each entry's for a 207. */
function errorBodies(reply: Reply): Record<string, unknown>[] {
  if (!isObject(reply.json)) return [];
  if (reply.status !== 207) return [reply.json];
  return Array.isArray(reply.json['errors']) ? reply.json['errors'].filter(isObject) : [];
}

/** Properties of the world a refusal names (details and messages). */
export function namedProperties(world: HsWorld, reply: Reply): string[] {
  const named = errorBodies(reply).flatMap((body) => [...detailNames(body), ...quotedNames(world, body['message'])]);
  return [...new Set(named)].filter((name) => world.properties.has(name));
}

/**
 * Properties of the world a refusal names that `sent` does not hold: required properties the
 * suites did not know of. Empty when the refusal names only what was sent (or nothing).
 */
export function unsentNames(world: HsWorld, reply: Reply, sent: Readonly<Record<string, unknown>>): string[] {
  if (reply.status !== 400 && reply.status !== 207) return [];
  return namedProperties(world, reply).filter((name) => !(name in sent));
}

/** A batch reply that lists errors: 207 with a non-empty errors array (facts B5, B8). */
export function listsErrors(reply: Reply): boolean {
  return reply.status === 207 && isObject(reply.json) && Array.isArray(reply.json['errors']) && reply.json['errors'].length > 0;
}

/** Whether a reply to a write took it: 2xx, except an upsert's 207 listing errors. */
export function tookWrite(reply: Reply): boolean {
  return reply.status >= 200 && reply.status < 300 && !listsErrors(reply);
}
