/** Probes for per-type value validation and read encodings. */
import { PROJECTS } from '../../../../src/reference/kizen/index.ts';
import { newProject, readProject, uniqueName } from '../helpers/records.ts';
import { ABSENT_UUID, refuses, type ProbeTable } from './probe.ts';

export const VALUE_PROBES: ProbeTable = {
  'text-limit-off-by-one': (c) => refuses(c, 'internal_note', 'x'.repeat(256)),
  'email-format-unchecked': (c) => refuses(c, 'contact_email', 'not-an-email'),
  'phone-accepts-letters': (c) => refuses(c, 'hotline', 'call me maybe'),
  'integer-accepts-fraction': (c) => refuses(c, 'headcount', 2.5),
  'integer-range-unchecked': (c) => refuses(c, 'headcount', 2_147_483_648),
  'date-accepts-impossible': (c) => refuses(c, 'start_date', '2026-02-30'),
  'datetime-accepts-bare-date': (c) => refuses(c, 'kickoff_at', '2026-03-01'),
  'checkbox-coerces-strings': (c) => refuses(c, 'is_active', 'true'),
  'option-not-offered-accepted': (c) => refuses(c, 'priority', { id: PROJECTS.fields.find((f) => f.name === 'labels')?.options?.[0]?.id }),
  'relationship-unknown-record-accepted': (c) => refuses(c, 'client', { id: ABSENT_UUID }),
  'team-member-unchecked': async (c) => (await c.add('projects', [{ name: 'name', value: uniqueName() }, { name: 'owner', value: ABSENT_UUID }])).status === 400,
  'money-reads-bare-number': async (c) => {
    const id = await newProject(c, [{ name: 'budget', value: 320.81 }]);
    return JSON.stringify((await readProject(c, id))?.['budget']) === '{"currency":"USD","symbol":"$","amount":320.81}';
  },
};
