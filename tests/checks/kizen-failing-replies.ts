/**
 * A failing reply for every Kizen check no fault of the reference server draws: a proxy hook
 * that changes one request or reply the way a broken server would, and the check (at its
 * level) a run selected to it must charge.
 */
import { randomUUID } from 'node:crypto';
import { FULL_API_KEY, READ_ONLY_API_KEY } from '../../src/apis/kizen/reference/index.ts';
import type { ProxyHook, ProxyRequest } from '../runner/kizen-proxy.ts';

const refuse = { status: 400, json: { detail: 'Refused by the test proxy.', code: 'invalid' } };

/** Entries of an add or record patch body that write one of `names` with a value. */
function writes(req: ProxyRequest, names: readonly string[], test: (value: unknown) => boolean = (v) => v !== null): boolean {
  const isWrite = (req.method === 'POST' && req.path.endsWith('/add')) || (req.method === 'PATCH' && !req.path.includes('/unarchive'));
  const fields = (req.json as { fields?: unknown } | undefined)?.fields;
  return isWrite && Array.isArray(fields) && fields.some((e: { name?: string; value?: unknown }) => names.includes(e.name ?? '') && test(e.value));
}

/** Refuses (400) every write of one of the fields. */
const refuseWrites = (...names: string[]): ProxyHook => async (req, forward) => (writes(req, names) ? refuse : forward(req));

/** Answers 200 with a made-up record to an add writing one of the fields with a non-number. */
const acceptNonNumbers = (...names: string[]): ProxyHook => async (req, forward) =>
  writes(req, names, (v) => v !== null && typeof v !== 'number') ? { status: 200, json: { id: randomUUID(), object_type: 'standard', num_upcoming_activities: 0, num_associated_team_members: 0, fields: {} } } : forward(req);

const mapReply = (change: (req: ProxyRequest, json: Record<string, unknown>, status: number) => { status: number; json: unknown } | undefined): ProxyHook => async (req, forward) => {
  const reply = await forward(req);
  const json = reply.json as Record<string, unknown> | undefined;
  return (json !== undefined && typeof json === 'object' ? change(req, json, reply.status) : undefined) ?? reply;
};

/** The identifier an add (name or email entry) or an upsert (lookup_value) carries. */
function identifierOf(req: ProxyRequest): string | undefined {
  if (req.method !== 'POST') return undefined;
  const body = req.json as { lookup_value?: unknown; fields?: Array<{ name?: string; value?: unknown }> } | undefined;
  if (req.path.includes('/upsert')) return typeof body?.lookup_value === 'string' ? body.lookup_value : undefined;
  const entry = req.path.endsWith('/add') ? body?.fields?.find((e) => e.name === 'name' || e.name === 'email') : undefined;
  return typeof entry?.value === 'string' ? entry.value : undefined;
}

/** Refuses with 409 every add or upsert whose identifier another one carried within the same 100 ms. */
function refuseConcurrent(): ProxyHook {
  const arrivals = new Map<string, number[]>();
  return async (req, forward) => {
    const key = identifierOf(req);
    if (key === undefined) return forward(req);
    const now = Date.now();
    arrivals.set(key, [...(arrivals.get(key) ?? []), now]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const near = (arrivals.get(key) ?? []).filter((t) => Math.abs(t - now) < 100).length;
    return near > 1 ? { status: 409, json: { detail: 'A concurrent write holds this identifier.', code: 'conflict' } } : forward(req);
  };
}

export interface FailingReply {
  code: string;
  level: 'MUST' | 'SHOULD';
  hook: ProxyHook;
  /** Other MUST checks the hook rightly breaks too, with why; every other MUST check must pass. */
  alsoCharged?: { codes: string[]; why: string };
}

export const KIZEN_FAILING_REPLIES: readonly FailingReply[] = [
  { code: 'KIZEN_AUTH_UNKNOWN_KEY', level: 'MUST', hook: async (req, forward) => forward(req.headers['x-api-key']?.startsWith('crmc-unknown') === true ? { ...req, headers: { ...req.headers, 'x-api-key': FULL_API_KEY } } : req) },
  { code: 'KIZEN_READ_ONLY_KEY_403', level: 'SHOULD', hook: mapReply((req, json, status) => (status === 403 && req.headers['x-api-key'] === READ_ONLY_API_KEY ? { status: 401, json } : undefined)) },
  { code: 'KIZEN_TYPE_TEXT_ACCEPTED', level: 'MUST', hook: refuseWrites('first_name') },
  { code: 'KIZEN_TYPE_LONGTEXT_ACCEPTED', level: 'MUST', hook: refuseWrites('summary') },
  { code: 'KIZEN_RACE_ONE_WINS', level: 'SHOULD', hook: refuseConcurrent() },
  { code: 'KIZEN_TYPE_EMAIL_ACCEPTED', level: 'MUST', hook: refuseWrites('contact_email') },
  { code: 'KIZEN_TYPE_PHONENUMBER_ACCEPTED', level: 'MUST', hook: refuseWrites('hotline', 'mobile_phone') },
  { code: 'KIZEN_TYPE_INTEGER_ACCEPTED', level: 'MUST', hook: refuseWrites('headcount') },
  { code: 'KIZEN_TYPE_DECIMAL_ACCEPTED', level: 'MUST', hook: refuseWrites('score') },
  { code: 'KIZEN_TYPE_MONEY_ACCEPTED', level: 'MUST', hook: refuseWrites('budget') },
  { code: 'KIZEN_TYPE_DATE_ACCEPTED', level: 'MUST', hook: refuseWrites('start_date', 'birthday') },
  { code: 'KIZEN_TYPE_DATETIME_ACCEPTED', level: 'MUST', hook: refuseWrites('kickoff_at') },
  { code: 'KIZEN_TYPE_CHECKBOX_ACCEPTED', level: 'MUST', hook: refuseWrites('is_active') },
  { code: 'KIZEN_TYPE_OPTION_ACCEPTED', level: 'SHOULD', hook: refuseWrites('priority', 'email_status') },
  { code: 'KIZEN_TYPE_OPTIONS_ACCEPTED', level: 'SHOULD', hook: refuseWrites('labels') },
  { code: 'KIZEN_TYPE_TEAM_SELECTOR_ACCEPTED', level: 'MUST', hook: refuseWrites('owner'), alsoCharged: { codes: ['KIZEN_ADD_ACCEPTED'], why: 'the team-selector case fills owner in its plain adds as well, and the hook refuses those valid adds too' } },
  { code: 'KIZEN_TYPE_DECIMAL_REFUSED', level: 'MUST', hook: acceptNonNumbers('score') },
  { code: 'KIZEN_TYPE_MONEY_REFUSED', level: 'MUST', hook: acceptNonNumbers('budget') },
  { code: 'KIZEN_TYPE_OPTIONS_REFUSED', level: 'MUST', hook: async (req, forward) => (writes(req, ['labels'], (v) => !Array.isArray(v) || v.some((x: { id?: string }) => !/^b2/.test(x?.id ?? ''))) ? { status: 200, json: { id: randomUUID(), object_type: 'standard', num_upcoming_activities: 0, num_associated_team_members: 0, fields: {} } } : forward(req)) },
  { code: 'KIZEN_UNKNOWN_FIELD_CODE', level: 'SHOULD', hook: mapReply((_, json, status) => (json['code'] === 'does_not_exist' ? { status, json: { ...json, code: 'invalid' } } : undefined)) },
  { code: 'KIZEN_DUPLICATE_400', level: 'SHOULD', hook: mapReply((req, json) => (json['code'] === 'unique' && req.path.endsWith('/add') ? { status: 409, json } : undefined)) },
  { code: 'KIZEN_UPSERT_NO_DUPLICATE', level: 'MUST', hook: mapReply((_, json, status) => (json['action'] === 'updated' ? { status, json: { ...json, id: randomUUID() } } : undefined)) },
  { code: 'KIZEN_PATCH_ACCEPTED', level: 'MUST', hook: mapReply((req, json, status) => (req.method === 'PATCH' && status === 200 && !req.path.includes('unarchive') ? { status: 202, json } : undefined)) },
  { code: 'KIZEN_ADD_VALUES_STORED', level: 'MUST', hook: mapReply((req, json, status) => {
    if (req.method !== 'GET' || status !== 200 || typeof json['fields'] !== 'object') return undefined;
    const fields = Object.fromEntries(Object.entries(json['fields'] as Record<string, { name?: string }>).filter(([, entry]) => entry.name !== 'owner' && entry.name !== 'email'));
    return { status, json: { ...json, fields } };
  }) },
];
