/**
 * Discovery, judged on its own replies: object details by UUID and by api name, the plain
 * field list, option and relation shapes, the field_type enum, and 404 for an object that
 * does not exist.
 */
import { expectThat, type KizenProbe } from '../checks/probe.ts';
import * as S from '../checks/surface-checks.ts';
import { NO_SUCH_ID, UUID } from '../model/values.ts';
import { fetchFields, fetchObject } from '../runtime/discover.ts';
import type { KizenTarget } from '../runtime/target.ts';
import { probeOf, worldOf } from '../runtime/target.ts';
import type { Session } from '../../../runner/session.ts';
import { defineSuite } from '../../../suites/suite-def.ts';

const FIELD_TYPES = new Set(['checkbox', 'checkboxes', 'choices', 'date', 'datetime', 'decimal', 'dropdown', 'dynamictags', 'email', 'files', 'integer', 'longtext', 'money', 'phonenumber', 'radio', 'rating', 'relationship', 'selector', 'status', 'team_selector', 'text', 'timezone', 'wysiwyg', 'yesnomaybe']);
const CHOICE_TYPES = new Set(['dropdown', 'radio', 'status', 'yesnomaybe', 'checkboxes']);

const rawProbe = (session: Session): KizenProbe => probeOf(session, { slug: '', world: worldOf('', '', '', [{ id: '', name: 'name', fieldType: 'text', required: false, readOnly: false, hidden: false, options: [] }], new Map(), new Map(), []) } as KizenTarget);
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function judgeFieldShapes(probe: KizenProbe, fields: Json[], slug: string): void {
  for (const field of fields) {
    const type = String(field['field_type']);
    expectThat(probe, S.FIELD_TYPE_ENUM, FIELD_TYPES.has(type), 'one of the 24 field types', type, `${slug}.${String(field['name'])} has field_type ${JSON.stringify(type)}`);
    if (CHOICE_TYPES.has(type)) {
      const options = field['options'];
      const ok = Array.isArray(options) && options.every((o) => isObject(o) && typeof o['id'] === 'string' && typeof o['name'] === 'string' && typeof o['code'] === 'string');
      expectThat(probe, S.OPTIONS_SHAPE, ok, '[{ id, name, code }]', options, `${slug}.${String(field['name'])} lists options without id, name and code`);
    }
    if (type === 'relationship') {
      const relation = field['relation'];
      const ok = isObject(relation) && typeof relation['related_object'] === 'string' && typeof relation['related_object_object_name'] === 'string';
      expectThat(probe, S.RELATION_TARGET, ok, '{ related_object, related_object_object_name }', relation, `${slug}.${String(field['name'])} names no relation target`);
    }
  }
}

export const discoverySuite = defineSuite<KizenTarget>('discovery', 'Object discovery', [
  {
    title: 'object details by UUID and by api name, the plain field list, options, relation targets and field types',
    clauses: ['KIZEN-DISCOVERY-001', 'KIZEN-DISCOVERY-002', 'KIZEN-DISCOVERY-004', 'KIZEN-DISCOVERY-005', 'KIZEN-DISCOVERY-006', 'KIZEN-DISCOVERY-007'],
    checks: [S.OBJECT_DETAILS, S.OBJECT_BY_NAME, S.FIELD_LIST, S.OPTIONS_SHAPE, S.RELATION_TARGET, S.FIELD_TYPE_ENUM],
    raw: true,
    async run({ session }) {
      const probe = rawProbe(session);
      for (const slug of session.settings.objects) {
        session.stepMark = session.client.mark();
        const first = await fetchObject(session.client, slug, `details of ${slug}`);
        const id = isObject(first.json) && typeof first.json['id'] === 'string' ? first.json['id'] : undefined;
        if (id === undefined) {
          // Asked by UUID, the MUST clause itself fails; asked by api name, only the SHOULD one, and the UUID stays unknown.
          const byUuid = UUID.test(slug);
          expectThat(probe, byUuid ? S.OBJECT_DETAILS : S.OBJECT_BY_NAME, false, 200, first.status, `object details of "${slug}" answered ${first.status} without an id`);
          if (!byUuid) session.recorder.markSkipped(S.OBJECT_DETAILS, `details by api name "${slug}" named no object UUID: name the object by its UUID with --object`);
          continue;
        }
        const byId = await fetchObject(session.client, id, `details of ${id}`);
        const body = isObject(byId.json) ? byId.json : {};
        const shaped = byId.status === 200 && body['id'] === id && ['name', 'object_name', 'entity_name'].every((k) => typeof body[k] === 'string') && Array.isArray(body['fields']);
        expectThat(probe, S.OBJECT_DETAILS, shaped, '200 with id, name, object_name, entity_name, fields', byId.exchange.response?.body, `object details of ${id} answered ${byId.status} without id, name, object_name, entity_name or fields`);
        if (slug !== id) expectThat(probe, S.OBJECT_BY_NAME, first.status === 200 && JSON.stringify(first.json) === JSON.stringify(byId.json), 'the same object', first.status, `object details by api name "${slug}" differ from those by UUID`);
        const list = await fetchFields(session.client, id, `fields of ${slug}`);
        const fields = Array.isArray(list.json) ? list.json : [];
        const listed = list.status === 200 && Array.isArray(list.json) && fields.every((f) => isObject(f) && typeof f['id'] === 'string' && typeof f['name'] === 'string' && typeof f['display_name'] === 'string' && typeof f['field_type'] === 'string' && ['is_required', 'is_read_only', 'is_hidden'].every((k) => typeof f[k] === 'boolean'));
        expectThat(probe, S.FIELD_LIST, listed, 'a plain array of fields with id, name, display_name, field_type and the flags', list.exchange.response?.body?.slice(0, 200), `the field list of ${slug} is not a plain array of fields (${list.status})`);
        judgeFieldShapes(probe, fields.filter(isObject), slug);
      }
    },
  },
  {
    title: 'object details and the field list of an object that does not exist answer 404',
    clauses: ['KIZEN-DISCOVERY-003'],
    checks: [S.UNKNOWN_OBJECT_404],
    raw: true,
    async run({ session }) {
      const probe = rawProbe(session);
      session.stepMark = session.client.mark();
      for (const identifier of [NO_SUCH_ID, `${session.settings.runId}_no_such_object`]) {
        const details = await fetchObject(session.client, identifier, 'details of an unknown object');
        expectThat(probe, S.UNKNOWN_OBJECT_404, details.status === 404, 404, details.status, `object details of ${identifier} answered ${details.status}`);
      }
      const list = await fetchFields(session.client, NO_SUCH_ID, 'fields of an unknown object');
      expectThat(probe, S.UNKNOWN_OBJECT_404, list.status === 404, 404, list.status, `the field list of ${NO_SUCH_ID} answered ${list.status}`);
    },
  },
]);
