/**
 * Learning the form a target takes for references whose write form the sources dispute
 * (facts A2 [DISAGREE]: options, ratings and related records as { id } or as the bare id).
 * When an object has such fields among its required ones, set-up adds one record with every
 * required field in the { id } form; when the refusal names some of those fields, it adds again
 * with them bare. If that is taken, the run writes those fields bare from then on, and the
 * refused { id } form is charged to the field kind's SHOULD acceptance check, never to a MUST.
 */
import { TYPE_ACCEPTED } from '../checks/type-checks.ts';
import type { Reply } from '../../../http/client.ts';
import { disputedForm, type KizenField, type KizenWorld } from '../model/world.ts';
import type { Session } from '../../../runner/session.ts';
import { recordsPath } from './discover.ts';
import { entriesJson, fillBlocker, identifierValue, withRequired } from './fill.ts';

export interface LearnedForms {
  world: KizenWorld;
  /** The record the set-up add created, when one was. */
  created?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields of `sent` a refusal names: by its positional fields list, or by api name anywhere in its body. */
export function namedByRefusal(reply: Reply, sent: readonly KizenField[]): KizenField[] {
  const positional = isObject(reply.json) && Array.isArray(reply.json['fields']) ? (reply.json['fields'] as unknown[]) : undefined;
  const body = reply.exchange.response?.body ?? '';
  return sent.filter((field, n) => {
    const entry = positional?.[n];
    if (isObject(entry) && Object.keys(entry).length > 0) return true;
    return new RegExp(`["'\\s]${field.name}["'\\s:]`).test(body);
  });
}

function withBare(world: KizenWorld, bare: ReadonlySet<string>): KizenWorld {
  const fields = world.fields.map((f) => (bare.has(f.id) ? { ...f, bare: true } : f));
  const byId = new Map(fields.map((f) => [f.id, f]));
  return { ...world, fields, byId, identifier: byId.get(world.identifier.id)! };
}

async function addFilled(session: Session, world: KizenWorld, step: string): Promise<{ reply: Reply; sent: KizenField[]; id?: string }> {
  const prefix = session.nextPrefix();
  const entries = withRequired(world, [], prefix, identifierValue(world, prefix, 0));
  const reply = await session.client.send(step, { method: 'POST', path: recordsPath(world.slug, '/add'), json: { fields: entriesJson(entries) } });
  const id = (reply.json as { id?: unknown } | undefined)?.id;
  const sent = entries.flatMap((e) => ('field' in e ? [e.field] : []));
  const ok = reply.status >= 200 && reply.status < 300 && typeof id === 'string';
  if (ok) session.track(world.slug, id, 'case');
  return { reply, sent, ...(ok ? { id } : {}) };
}

export async function learnReferenceForms(session: Session, world: KizenWorld): Promise<LearnedForms> {
  const disputed = world.fields.filter((f) => f.required && !f.readOnly && !f.hidden && disputedForm(f));
  if (disputed.length === 0 || fillBlocker(world) !== undefined) return { world };
  const first = await addFilled(session, world, 'setup: add with every required field');
  if (first.id !== undefined) return { world, created: first.id };
  if (first.reply.status !== 400) return { world };
  const named = namedByRefusal(first.reply, first.sent).filter((f) => disputedForm(f) && !f.bare);
  if (named.length === 0) return { world };
  const learned = withBare(world, new Set(named.map((f) => f.id)));
  const second = await addFilled(session, learned, 'setup: add with the refused references as bare ids');
  if (second.id === undefined) return { world };
  for (const field of named) {
    session.recorder.fail(TYPE_ACCEPTED[field.kind!], {
      message: `${world.slug}: ${field.name} (${field.fieldType}) refused the { id } form and took the bare id`,
      expected: '{ id } accepted', observed: first.reply.status, exchanges: [first.reply.exchange, second.reply.exchange],
    });
  }
  return { world: learned, created: second.id };
}
