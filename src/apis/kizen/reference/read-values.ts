/**
 * How stored values read back, per field type, as Kizen's captured records show them: money as
 * { currency, symbol, amount }, options as { id, code, name }, related records as { id, name }
 * (contacts as { id, first_name, last_name, email }), team members as { id, deleted,
 * first_name, last_name, email }; everything else as stored.
 */
import { SINGLE_OPTION_TYPES, type KizenFieldDef } from './object-def.ts';
import { lenient } from './lenient.ts';
import { objectById, type ServerContext } from './server-context.ts';

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };

function optionValue(ctx: ServerContext, field: KizenFieldDef, id: unknown): unknown {
  if (ctx.faults.has('option-reads-bare-id')) return id;
  const option = field.options?.find((candidate) => candidate.id === id);
  return option === undefined ? { id, code: '', name: String(id) } : { id: option.id, code: option.code, name: option.name };
}

/** A related record as its relationship field shows it. */
function relatedValue(ctx: ServerContext, field: KizenFieldDef, id: unknown): Record<string, unknown> {
  const targetId = field.relation?.related_object ?? '';
  const target = objectById(ctx, targetId);
  const record = typeof id === 'string' ? ctx.store.get(targetId, id) : undefined;
  const read = (name: string) => (target === undefined ? undefined : record?.values.get(target.byName.get(name)?.id ?? '')) ?? '';
  if (target?.def.identifier_field === 'email') return { id, first_name: read('first_name'), last_name: read('last_name'), email: read('email') };
  return { id, name: target === undefined ? '' : read(target.identifier.name) };
}

function teamMemberValue(ctx: ServerContext, id: unknown): Record<string, unknown> {
  const employee = typeof id === 'string' ? ctx.employees.get(id) : undefined;
  return { id, deleted: false, first_name: employee?.first_name ?? '', last_name: employee?.last_name ?? '', email: employee?.email ?? '' };
}

/** The read form of one stored (non-blank) value. */
export function readValue(ctx: ServerContext, field: KizenFieldDef, stored: unknown): unknown {
  const each = (one: (id: unknown) => unknown) => (Array.isArray(stored) ? stored.map(one) : one(stored));
  switch (field.field_type) {
    case 'money': {
      const amount = lenient(ctx) ? String(stored) : stored;
      if (ctx.faults.has('money-reads-bare-number')) return amount;
      const currency = field.currency ?? 'USD';
      return { currency, symbol: CURRENCY_SYMBOLS[currency] ?? currency, amount };
    }
    case 'decimal':
      return lenient(ctx) ? String(stored) : stored;
    case 'checkboxes':
      return each((id) => optionValue(ctx, field, id));
    case 'relationship':
      return each((id) => relatedValue(ctx, field, id));
    case 'team_selector':
      return teamMemberValue(ctx, stored);
    default:
      return SINGLE_OPTION_TYPES.has(field.field_type) ? optionValue(ctx, field, stored) : stored;
  }
}
