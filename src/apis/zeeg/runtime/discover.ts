/**
 * Reads an object's schema from the target (GET /crm/objects/{slug}). A target that cannot
 * describe the object stops the case with CRMC_DISCOVERY_FAILED; the discovery suite judges
 * the response itself.
 */
import type { ObjectDef } from '../contract/attributes.ts';
import { CrmcError } from '../../../core/errors.ts';
import type { Reply, TargetClient } from '../../../http/client.ts';

export async function fetchObject(client: TargetClient, slug: string, step = 'discover', token?: string): Promise<Reply> {
  return client.send(step, { method: 'GET', path: `/crm/objects/${encodeURIComponent(slug)}`, ...(token === undefined ? {} : { token }) });
}

export function objectFromReply(slug: string, reply: Reply): ObjectDef {
  const object = (reply.json as { object?: unknown } | undefined)?.object as Partial<ObjectDef> | undefined;
  if (reply.status !== 200 || object === undefined || !Array.isArray(object.attributes)) {
    const why = reply.status !== 200 ? `status ${reply.status}` : reply.parseError !== undefined ? `the body is not JSON (${reply.parseError})` : 'no object with an attributes list in the body';
    throw new CrmcError('CRMC_DISCOVERY_FAILED', `cannot discover object "${slug}": ${why}`);
  }
  const attributes = object.attributes.filter(
    (a): a is ObjectDef['attributes'][number] => typeof a === 'object' && a !== null && typeof a.key === 'string' && typeof a.type === 'string',
  );
  return { ...object, slug: typeof object.slug === 'string' ? object.slug : slug, attributes } as ObjectDef;
}

export async function discoverObject(client: TargetClient, slug: string): Promise<ObjectDef> {
  return objectFromReply(slug, await fetchObject(client, slug));
}
