/**
 * Test data for the Kizen reference server: unique identifiers, the fields a project or a
 * contact needs to be created, and reading a record reply back as api name → value.
 */
import { CONTACTS, PROJECTS, TEAM_MEMBER_IDS, type KizenObjectDef } from '../../../../src/apis/kizen/reference/index.ts';
import type { Entry, KizenClient, Reply } from './client.ts';

let counter = 0;
/** An identifier no other call of this process has used. */
export function uniqueName(prefix = 'Project'): string {
  counter += 1;
  return `${prefix} ${process.pid}-${counter}`;
}

/** A contact email no other call of this process has used. */
export function uniqueEmail(): string {
  counter += 1;
  return `contact.${process.pid}.${counter}@example.com`;
}

/** The UUID of a fixture field by api name. */
export function fieldId(object: KizenObjectDef, name: string): string {
  const field = object.fields.find((candidate) => candidate.name === name);
  if (field === undefined) throw new Error(`no field ${name} on ${object.name}`);
  return field.id;
}

/** The option UUID of a fixture option by label. */
export function optionId(object: KizenObjectDef, field: string, label: string): string {
  const option = object.fields.find((candidate) => candidate.name === field)?.options?.find((o) => o.name === label);
  if (option === undefined) throw new Error(`no option ${label} on ${field}`);
  return option.id;
}

/** The required fields of a project plus `extra`. */
export function projectEntries(name: string, extra: Entry[] = []): Entry[] {
  return [{ name: 'name', value: name }, { name: 'owner', value: TEAM_MEMBER_IDS[0] }, ...extra];
}

/** Create a project and return its id. */
export async function newProject(client: KizenClient, extra: Entry[] = [], name = uniqueName()): Promise<string> {
  const reply = await client.add('projects', projectEntries(name, extra));
  if (typeof reply.body?.id !== 'string') throw new Error(`could not add a project: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.id;
}

/** Create a contact and return its id. */
export async function newContact(client: KizenClient, extra: Entry[] = [], email = uniqueEmail()): Promise<string> {
  const reply = await client.add('client_client', [{ name: 'email', value: email }, ...extra]);
  if (typeof reply.body?.id !== 'string') throw new Error(`could not add a contact: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.id;
}

/** The values of a record reply by api name (fields keyed by UUID, as the clean server sends them). */
export function valuesOf(reply: Reply): Record<string, unknown> {
  const fields = (reply.body?.fields ?? {}) as Record<string, { id: string; name: string; value: unknown }>;
  const values: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(fields)) if (key === entry.id) values[entry.name] = entry.value;
  return values;
}

/** The values of a record as GET shows it now (undefined when GET does not answer 200). */
export async function readProject(client: KizenClient, id: string, object = 'projects'): Promise<Record<string, unknown> | undefined> {
  const reply = await client.get(object, id);
  return reply.status === 200 ? valuesOf(reply) : undefined;
}

/** How many active projects hold this name, counted by lookup (0 or 1 on a conforming server). */
export async function lookupId(client: KizenClient, name: string, object = 'projects'): Promise<string | undefined> {
  const reply = await client.lookup(object, name);
  return reply.status === 200 ? reply.body.id : undefined;
}

export { CONTACTS, PROJECTS };
