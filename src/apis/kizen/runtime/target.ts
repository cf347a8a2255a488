/**
 * Kizen's side of a session: the three auth headers, where a record lives, and the object
 * under test discovered into the model's world, with anchor records (two active, one archived)
 * created in the objects its relationship fields point at, and the write form of disputed
 * references learnt where required fields need them (reference-forms.ts).
 */
import type { KizenProbe } from '../checks/probe.ts';
import { SERVER_ERROR } from '../checks/surface-checks.ts';
import type { KizenField, KizenWorld } from '../model/world.ts';
import { identifierName } from '../model/world.ts';
import type { ApiRuntime } from '../../../runner/api-runtime.ts';
import type { Session } from '../../../runner/session.ts';
import type { RunSettings } from '../../../runner/settings.ts';
import { discover, recordsPath } from './discover.ts';
import { entriesJson, fillBlocker, identifierValue, withRequired } from './fill.ts';
import { learnReferenceForms } from './reference-forms.ts';
import { judgeOf } from '../../../checks/judge.ts';

export interface KizenTarget {
  slug: string;
  world: KizenWorld;
  /** Why no record of this object may be written; cases that write skip it. */
  blocked?: string;
}

/** The three headers, lower-case; the business and user ids come from the API's settings. */
export function kizenHeaders(settings: Pick<RunSettings, 'apiSettings'>): (token: string) => Record<string, string> {
  const own = settings.apiSettings ?? {};
  return (token) => ({ 'x-api-key': token, 'x-business-id': own['businessId'] ?? '', 'x-user-id': own['userId'] ?? '' });
}

export function probeOf(session: Session, target: KizenTarget): KizenProbe {
  return judgeOf(session, target.world);
}

export function worldOf(slug: string, objectId: string, apiName: string, fields: KizenField[], related: Map<string, string[]>, archived: Map<string, string>, members: readonly string[]): KizenWorld {
  const identifier = fields.find((f) => f.name === identifierName(apiName))!;
  return { slug, objectId, apiName, fields, byId: new Map(fields.map((f) => [f.id, f])), identifier, relatedIds: related, archivedIds: archived, members };
}

interface Anchors {
  active: string[];
  archived?: string;
}

/** Two active records and one archived record in a related object, for relationship values. */
async function createAnchors(session: Session, objectName: string): Promise<Anchors> {
  const found = await discover(session.client, objectName, 'setup: related object');
  if (typeof found === 'string') return { active: [] };
  const discovered = worldOf(objectName, found.objectId, found.apiName, found.fields, new Map(), new Map(), session.settings.members.map((m) => m.toLowerCase()));
  if (fillBlocker(discovered) !== undefined) return { active: [] };
  const { world, created } = await learnReferenceForms(session, discovered);
  const anchors: Anchors = { active: created === undefined ? [] : [created] };
  for (let i = anchors.active.length; i < 3; i += 1) {
    const prefix = session.nextPrefix();
    const fields = entriesJson(withRequired(world, [], prefix, identifierValue(world, prefix, 0)));
    const reply = await session.client.send('setup: related record', { method: 'POST', path: recordsPath(objectName, '/add'), json: { fields } });
    const id = (reply.json as { id?: unknown } | undefined)?.id;
    if (reply.status < 200 || reply.status >= 300 || typeof id !== 'string') continue;
    if (i < 2) {
      session.track(objectName, id, 'case');
      anchors.active.push(id);
      continue;
    }
    const archived = await session.client.send('setup: archive a related record', { method: 'DELETE', path: recordsPath(objectName, `/${id}`) });
    if (archived.status === 204 || archived.status === 200) anchors.archived = id;
  }
  return anchors;
}

async function prepare(session: Session, slug: string): Promise<KizenTarget> {
  const members = session.settings.members.map((m) => m.toLowerCase());
  const found = await discover(session.client, slug);
  if (typeof found === 'string') return { slug, world: worldOf(slug, '', 'unknown', [{ id: '', name: 'name', fieldType: 'text', kind: 'text', required: true, readOnly: false, hidden: false, options: [] }], new Map(), new Map(), members), blocked: found };
  const related = new Map<string, string[]>();
  const archived = new Map<string, string>();
  const byObject = new Map<string, Anchors>();
  for (const field of found.fields) {
    if (field.relation === undefined || field.readOnly || field.hidden) continue;
    let anchors = byObject.get(field.relation.objectId);
    if (anchors === undefined) {
      anchors = await createAnchors(session, field.relation.objectName);
      byObject.set(field.relation.objectId, anchors);
    }
    if (anchors.active.length > 0) related.set(field.id, anchors.active);
    if (anchors.archived !== undefined) archived.set(field.id, anchors.archived);
  }
  const discovered = worldOf(slug, found.objectId, found.apiName, found.fields, related, archived, members);
  const blocked = fillBlocker(discovered);
  const { world } = blocked === undefined ? await learnReferenceForms(session, discovered) : { world: discovered };
  return { slug, world, ...(blocked === undefined ? {} : { blocked }) };
}

export const kizenRuntime: ApiRuntime<KizenTarget> = {
  api: 'kizen',
  credentialHeaders: kizenHeaders,
  recordPath: (slug, id) => recordsPath(slug, `/${encodeURIComponent(id)}`),
  prepare,
  blocked: (target) => target.blocked,
  serverError: SERVER_ERROR,
  // Add and upsert answer with the record ({ id, … }).
  writtenRecords: ({ method, path }, json) => {
    const object = /^\/api\/records\/([^/]+)\/(?:add|upsert)$/.exec(path)?.[1];
    const id = (json as { id?: unknown } | undefined)?.id;
    return method === 'POST' && object !== undefined && typeof id === 'string' ? [{ slug: decodeURIComponent(object), id }] : [];
  },
};
