/** Probes for per-type value validation and read encodings. */
import { PROJECTS } from '../../../../src/apis/kizen/reference/index.ts';
import { newContact, newProject, optionId, projectEntries, readProject, uniqueName } from '../helpers/records.ts';
import { ABSENT_UUID, refuses, type ProbeTable } from './probe.ts';

export const VALUE_PROBES: ProbeTable = {
  'text-limit-off-by-one': (c) => refuses(c, 'internal_note', 'x'.repeat(256)),
  'longtext-limit-off-by-one': (c) => refuses(c, 'summary', 'x'.repeat(50_001)),
  'email-format-unchecked': (c) => refuses(c, 'contact_email', 'not-an-email'),
  'phone-accepts-letters': (c) => refuses(c, 'hotline', 'call me maybe'),
  'integer-accepts-fraction': (c) => refuses(c, 'headcount', 2.5),
  'integer-range-unchecked': (c) => refuses(c, 'headcount', 2_147_483_648),
  'date-accepts-impossible': (c) => refuses(c, 'start_date', '2026-02-30'),
  'datetime-accepts-bare-date': (c) => refuses(c, 'kickoff_at', '2026-03-01'),
  'datetime-format-unchecked': (c) => refuses(c, 'kickoff_at', 'not a date'),
  'email-accepts-undotted-domain': (c) => refuses(c, 'contact_email', 'user@localhost'),
  'checkbox-coerces-strings': (c) => refuses(c, 'is_active', 'true'),
  'option-not-offered-accepted': (c) => refuses(c, 'priority', { id: PROJECTS.fields.find((f) => f.name === 'labels')?.options?.[0]?.id }),
  'relationship-unknown-record-accepted': (c) => refuses(c, 'client', { id: ABSENT_UUID }),
  'team-member-unchecked': async (c) => (await c.add('projects', [{ name: 'name', value: uniqueName() }, { name: 'owner', value: ABSENT_UUID }])).status === 400,
  'money-reads-bare-number': async (c) => {
    const id = await newProject(c, [{ name: 'budget', value: 320.81 }]);
    return JSON.stringify((await readProject(c, id))?.['budget']) === '{"currency":"USD","symbol":"$","amount":320.81}';
  },
  'decimal-accepts-string': (c) => refuses(c, 'score', '1.5'),
  'number-digits-unchecked': (c) => refuses(c, 'budget', 123_456_789_012),
  'checkbox-accepts-numbers': (c) => refuses(c, 'is_active', 7),
  'option-reads-bare-id': async (c) => {
    const low = optionId(PROJECTS, 'priority', 'Low');
    const value = (await readProject(c, await newProject(c, [{ name: 'priority', value: { id: low } }])))?.['priority'];
    return JSON.stringify(value) === JSON.stringify({ id: low, code: '', name: 'Low' });
  },
  'relationship-object-refused': async (c) => {
    const contact = await newContact(c);
    const reply = await c.add('projects', projectEntries(uniqueName(), [{ name: 'client', value: { id: contact } }]));
    const client = (await readProject(c, reply.body.id))?.['client'] as { id?: string } | undefined;
    return reply.status === 200 && client?.id === contact;
  },
  'null-refused-on-optional': async (c) => (await c.add('projects', projectEntries(uniqueName(), [{ name: 'headcount', value: null }]))).status === 200,
};
