/**
 * Which fields a read shows, from the query: `field_names` or `field_ids` (comma-separated)
 * narrow the fields, and present but empty leave only the default fields, as does
 * `all_fields=false`; hidden fields show with `include_hidden_fields=true`.
 */
import type { FaultSet } from '../faults/fault-set.ts';
import type { ViewOptions } from '../record-view.ts';
import type { ServedObject } from '../server-context.ts';
import { flag, type RequestInput } from './handler.ts';

function listed(input: RequestInput, name: string): string[] | undefined {
  const raw = input.url.searchParams.get(name);
  if (raw === null) return undefined;
  return raw.split(',').map((part) => part.trim()).filter((part) => part !== '');
}

export function readOptions(object: ServedObject, input: RequestInput, faults?: FaultSet): ViewOptions {
  const includeHidden = flag(input, 'include_hidden_fields');
  const names = listed(input, 'field_names');
  const ids = listed(input, 'field_ids');
  const allFields = input.url.searchParams.get('all_fields')?.toLowerCase() !== 'false';
  if (names === undefined && ids === undefined && allFields) return { includeHidden };
  // The empty-field-list-shows-all fault: a list present but empty is taken as no list at all.
  if ((names ?? ids ?? ['x']).length === 0 && faults?.has('empty-field-list-shows-all') === true) return { includeHidden };
  const chosen = [...(names ?? []).map((name) => object.byName.get(name)?.id), ...(ids ?? [])];
  const wanted = chosen.filter((id): id is string => id !== undefined);
  const only = new Set(wanted.length > 0 ? wanted : object.def.fields.filter((field) => field.is_default).map((field) => field.id));
  return { only, includeHidden };
}
