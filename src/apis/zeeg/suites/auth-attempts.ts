/**
 * The requests the auth cases send with a missing, unknown or read-only token: one per
 * operation AUTH-001 and AUTH-002 list, each valid in every other respect (the pages do not
 * say whether a server checks the body or the scope first), and the proof that a refused
 * write left nothing behind.
 */
import { ASSERT_CREATES_201 } from '../checks/write-checks.ts';
import type { SendOptions } from '../../../http/client.ts';
import { differingKeys } from '../model/values.ts';
import { knownReferences } from '../model/world.ts';
import type { Session } from '../../../runner/session.ts';
import { requiredKeys, withRequired } from '../runtime/required-fill.ts';
import { expectThat } from '../../../checks/judge.ts';
import { createRecord, matchingValue, readRecord } from './fixtures.ts';
import { describeProbe, probeHeld } from '../runtime/leak-probe.ts';
import { type ObjectUnderTest, probeOf } from '../runtime/target.ts';

export interface Attempt {
  name: string;
  request: SendOptions;
  /** Reads are only judged for their status; writes are also proven to have written nothing. */
  write: boolean;
  /** The run-unique value a create or assert carries: an assert on it afterwards must create. */
  marker?: { key: string; value: string };
  /** The record a patch, relation update or delete names, and its values before the attempt. */
  record?: { id: string; values: Record<string, unknown> };
}

/** A change a patch may send: a new matching text, else a required attribute's fill. */
function validChange(session: Session, target: ObjectUnderTest): Record<string, unknown> | undefined {
  const matching = matchingValue(session, target, 'auth-patch');
  if (matching !== undefined) return { [matching.key]: matching.value };
  const key = requiredKeys(target.world)[0];
  if (key === undefined) return undefined;
  const filled = withRequired(target.world, {}, session.nextPrefix(), [], session.serials);
  return { [key]: filled[key] };
}

/** A relation update that links a known id (a no-op when already linked, which is also valid). */
function validRelationUpdate(target: ObjectUnderTest): Record<string, unknown> | undefined {
  for (const attr of target.world.attributes.values()) {
    if (attr.type !== 'relation' && attr.type !== 'user') continue;
    const id = knownReferences(target.world, attr)?.[0];
    if (id !== undefined) return { attributeSlug: attr.key, add: [id] };
  }
  return undefined;
}

/** Discovery and GET of a record: sent without a usable token only. */
export async function readAttempts(session: Session, target: ObjectUnderTest): Promise<Attempt[]> {
  const list: Attempt[] = [{ name: 'discovery', write: false, request: { method: 'GET', path: `/crm/objects/${target.slug}` } }];
  const record = await createRecord(session, target, {}, 'setup: a record to read');
  if (record !== undefined) list.push({ name: 'get', write: false, request: { method: 'GET', path: `/crm/${target.slug}/${record.id}` } });
  return list;
}

/** Create, assert, patch, relation update and delete, in that order (delete last: it ends the record). */
export async function writeAttempts(session: Session, target: ObjectUnderTest): Promise<Attempt[]> {
  const base = `/crm/${target.slug}`;
  const create = matchingValue(session, target, 'auth-create');
  const createBody = withRequired(target.world, create === undefined ? {} : { [create.key]: create.value }, session.nextPrefix(), [], session.serials);
  const list: Attempt[] = [{ name: 'create', write: true, request: { method: 'POST', path: base, json: createBody }, ...(create === undefined ? {} : { marker: create }) }];
  const assert = matchingValue(session, target, 'auth-assert');
  if (assert !== undefined) {
    const json = withRequired(target.world, { [assert.key]: assert.value }, session.nextPrefix(), [assert.key], session.serials);
    list.push({ name: 'assert', write: true, request: { method: 'PUT', path: base, query: { matchingAttribute: assert.key }, json }, marker: assert });
  }
  const created = await createRecord(session, target, {}, 'setup: a record to change');
  const record = created === undefined ? undefined : (await readRecord(session, target, created.id, 'setup: read it')).record;
  if (record === undefined) return list;
  const change = validChange(session, target);
  if (change !== undefined) list.push({ name: 'patch', write: true, record, request: { method: 'PATCH', path: `${base}/${record.id}`, json: change } });
  const relation = validRelationUpdate(target);
  if (relation !== undefined) list.push({ name: 'relation update', write: true, record, request: { method: 'PATCH', path: `${base}/${record.id}/relation`, json: relation } });
  list.push({ name: 'delete', write: true, record, request: { method: 'DELETE', path: `${base}/${record.id}` } });
  return list;
}

/**
 * What a refused write left behind: undefined when nothing, else what changed. A leak probe
 * that answers neither 201 nor 200 breaks the assert rule itself and is charged there.
 */
export async function traceOf(session: Session, target: ObjectUnderTest, attempt: Attempt): Promise<string | undefined> {
  if (attempt.marker !== undefined) {
    const held = await probeHeld(session, target, attempt.marker.key, attempt.marker.value, 'leak-probe');
    if (held.verdict === 'held') return 'stored the record';
    expectThat(probeOf(session, target), ASSERT_CREATES_201, held.verdict === 'absent', 201, held.control === undefined ? held.status : { probe: held.status, control: held.control }, describeProbe(attempt.marker.key, held));
    return undefined;
  }
  if (attempt.record === undefined) return undefined;
  const after = await readRecord(session, target, attempt.record.id, `${attempt.name}: re-read`);
  if (after.record === undefined) return `removed the record (GET answered ${after.reply.status})`;
  const changed = differingKeys(target.world.attributes.values(), attempt.record.values, after.record.values);
  return changed.length === 0 ? undefined : `changed ${changed.join(', ')}`;
}
