/**
 * Zeeg's side of a session: an object under test is its discovered schema turned into the
 * model's world, with anchor records created in the objects its relations point at; a probe
 * is what the judging functions need to judge replies about it.
 */
import type { Probe } from '../checks/probe.ts';
import { REPLY_COMPLETE, SERVER_ERROR } from '../checks/resource-checks.ts';
import type { ObjectDef } from '../contract/attributes.ts';
import { bearer } from '../../../http/client.ts';
import { buildWorld, type World } from '../model/world.ts';
import type { ApiRuntime } from '../../../runner/api-runtime.ts';
import type { Session } from '../../../runner/session.ts';
import { discoverObject } from './discover.ts';
import { fillBlocker, withRequired } from './required-fill.ts';
import { judgeOf } from '../../../checks/judge.ts';

export interface ObjectUnderTest {
  slug: string;
  world: World;
  /** Why relation attributes have no known ids, when they have none. */
  referenceGaps: string[];
  /** Why no record of this object may be written (see fillBlocker); cases that write skip it. */
  blocked?: string;
}

const ANCHORS_PER_RELATION = 3;

export function probeOf(session: Session, target: ObjectUnderTest): Probe {
  return judgeOf(session, target.world);
}

/** A probe for cases that judge before any object is known (discovery itself). */
export function rawProbeOf(session: Session, slug: string): Probe {
  return probeOf(session, { slug, world: buildWorld({ slug, attributes: [] }, new Map(), []), referenceGaps: [] });
}

async function createAnchors(session: Session, slug: string): Promise<string[]> {
  let related: ObjectDef;
  try {
    related = await discoverObject(session.client, slug);
  } catch {
    return [];
  }
  const world = buildWorld(related, new Map(), []);
  const ids: string[] = [];
  for (let i = 0; i < ANCHORS_PER_RELATION; i += 1) {
    const body = withRequired(world, {}, session.nextPrefix(), [], session.serials);
    const reply = await session.client.send('setup', { method: 'POST', path: `/crm/${encodeURIComponent(slug)}`, json: body });
    const id = (reply.json as { record?: { id?: unknown } } | undefined)?.record?.id;
    if (reply.status >= 200 && reply.status < 300 && typeof id === 'string') {
      session.track(slug, id, 'case');
      ids.push(id.toLowerCase());
    }
  }
  return ids;
}

/** Discovers an object and creates anchor records in the objects its relations point at. */
async function prepare(session: Session, slug: string): Promise<ObjectUnderTest> {
  const object = await discoverObject(session.client, slug);
  const relatedIds = new Map<string, string[]>();
  const gaps: string[] = [];
  for (const attr of object.attributes) {
    if (attr.type !== 'relation' || attr.isStandard === true || attr.isArchived === true) continue;
    if (attr.relatedObjectSlug === undefined) {
      gaps.push(`relation "${attr.key}" names no related object`);
      continue;
    }
    const ids = await createAnchors(session, attr.relatedObjectSlug);
    if (ids.length > 0) relatedIds.set(attr.key, ids);
    else gaps.push(`no records could be created in "${attr.relatedObjectSlug}" for relation "${attr.key}"`);
  }
  const world = buildWorld(object, relatedIds, session.settings.members.map((m) => m.toLowerCase()));
  const blocked = fillBlocker(world);
  return { slug, world, referenceGaps: gaps, ...(blocked === undefined ? {} : { blocked }) };
}

export const zeegRuntime: ApiRuntime<ObjectUnderTest> = {
  api: 'zeeg',
  credentialHeaders: () => bearer,
  recordPath: (slug, id) => `/crm/${encodeURIComponent(slug)}/${encodeURIComponent(id)}`,
  prepare,
  blocked: (target) => target.blocked,
  brokenReply: REPLY_COMPLETE,
  serverError: SERVER_ERROR,
  // Create and assert write to the object's collection and answer with { record: { id } }.
  writtenRecords: ({ path }, json) => {
    const slug = /^\/crm\/([^/]+)$/.exec(path)?.[1];
    const reply = json as { record?: { id?: unknown }; id?: unknown } | undefined;
    // A reply without the envelope still names the record it wrote.
    const id = reply?.record?.id ?? reply?.id;
    return slug !== undefined && typeof id === 'string' ? [{ slug: decodeURIComponent(slug), id }] : [];
  },
};
