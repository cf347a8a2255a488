/**
 * Property types (facts B4): every documented form of each type is accepted and read back;
 * every labelled invalid value is refused with 400 VALIDATION_ERROR and leaves no trace, also
 * when the same body carried a valid value; then generated values through create.
 */
import fc from 'fast-check';
import * as V from '../checks/value-checks.ts';
import { READ_MATCHES } from '../checks/record-checks.ts';
import { ERROR_BODY_FIELDS } from '../checks/surface-checks.ts';
import { invalidValues } from '../generation/invalid-values.ts';
import { boundaryValues, validValue } from '../generation/valid-values.ts';
import { predictCreate, predictUpdate } from '../model/predict-write.ts';
import type { HsProperty } from '../model/world.ts';
import { executeWrite, readBack, type Box } from '../runtime/execute.ts';
import { plainText, requiredFill } from '../runtime/fill.ts';
import { createRequest, updateRequest } from '../runtime/requests.ts';
import type { HubspotTarget } from '../runtime/target.ts';
import { runProperty } from '../../../runner/property-run.ts';
import type { Session } from '../../../runner/session.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { boxOf, createRecord, firstUnique } from './fixtures.ts';

async function update(box: Box, session: Session, id: string, property: HsProperty, sent: Record<string, unknown>, step: string): Promise<void> {
  const prediction = predictUpdate(box.target.world, box.state, id, sent);
  const charge = (name: string) => (name === property.name ? V.VALUE_READ_BACK : READ_MATCHES);
  const result = await executeWrite(box, session, { step, op: 'updateObject', request: updateRequest(box.target.objectType, id, sent), prediction, sent, accept: V.ACCEPTED_BY_TYPE[property.type], charge });
  if (result.kind === 'accepted') await readBack(box, session, id, `${step}/read`, charge);
}

/** Properties whose values a type case sends (unique text keeps its own cases). */
const typed = (box: Box) => box.target.world.writable.filter((p) => !p.unique);

const TYPE_CLAUSES = [
  'HUBSPOT-VALUES-001', 'HUBSPOT-VALUES-003', 'HUBSPOT-VALUES-005', 'HUBSPOT-VALUES-008', 'HUBSPOT-VALUES-010', 'HUBSPOT-VALUES-012', 'HUBSPOT-VALUES-013',
  'HUBSPOT-VALUES-015', 'HUBSPOT-VALUES-017', 'HUBSPOT-PROPS-003',
];

export const typesSuite = defineSuite<HubspotTarget>('types', 'Property types', [
  {
    title: 'every documented form of each type is accepted through update and read back as a string',
    clauses: TYPE_CLAUSES,
    checks: [V.BOOL_ACCEPTED, V.NUMBER_ACCEPTED, V.DATE_ACCEPTED, V.DATE_PLAIN_ACCEPTED, V.DATETIME_ACCEPTED, V.ENUM_ACCEPTED, V.CHECKBOX_SEVERAL_ACCEPTED, V.STRING_ACCEPTED, V.VALUE_READ_BACK],
    async run({ session, targets }) {
      for (const target of targets) {
        const box = boxOf(target);
        const id = await createRecord(box, session, 'set-up');
        for (const property of typed(box)) {
          for (const value of boundaryValues(property, session.nextPrefix())) {
            session.stepMark = session.client.mark();
            await update(box, session, id, property, { [property.name]: value }, `${property.name} = ${value.slice(0, 40)}`);
          }
        }
      }
    },
  },
  {
    title: 'invalid values are refused with 400 VALIDATION_ERROR, per-property details, and no trace',
    clauses: ['HUBSPOT-VALUES-002', 'HUBSPOT-VALUES-004', 'HUBSPOT-VALUES-006', 'HUBSPOT-VALUES-007', 'HUBSPOT-VALUES-009', 'HUBSPOT-VALUES-011', 'HUBSPOT-VALUES-012', 'HUBSPOT-VALUES-013', 'HUBSPOT-VALUES-014', 'HUBSPOT-VALUES-015', 'HUBSPOT-VALUES-016', 'HUBSPOT-VALUES-018', 'HUBSPOT-ERRORS-001', 'HUBSPOT-ERRORS-002', 'HUBSPOT-ERRORS-003', 'HUBSPOT-ERRORS-006', 'HUBSPOT-WRITE-003'],
    checks: [...Object.values(V.REJECTED_BY_RULE), V.VALIDATION_CATEGORY, V.VALIDATION_DETAILS, V.INVALID_OPTION_MESSAGE, V.REJECTED_WRITE_NO_TRACE, ERROR_BODY_FIELDS],
    async run({ session, targets }) {
      for (const target of targets) {
        const box = boxOf(target);
        const id = await createRecord(box, session, 'set-up');
        for (const property of box.target.world.writable) {
          const partner = plainText(target.world, property.name);
          for (const invalid of invalidValues(property)) {
            const sent = { [property.name]: invalid.value, ...(partner === undefined ? {} : { [partner.name]: `${session.nextPrefix()}partner` }) };
            session.stepMark = session.client.mark();
            await update(box, session, id, property, sent, `${property.name} = ${JSON.stringify(invalid.value).slice(0, 40)} (${invalid.rule})`);
          }
        }
      }
    },
  },
  {
    title: 'generated values, valid and invalid, through create',
    clauses: TYPE_CLAUSES,
    checks: [V.BOOL_ACCEPTED, V.NUMBER_ACCEPTED, V.DATE_ACCEPTED, V.DATETIME_ACCEPTED, V.ENUM_ACCEPTED, V.STRING_ACCEPTED, V.VALUE_READ_BACK, ...Object.values(V.REJECTED_BY_RULE)],
    async run({ session, targets }) {
      for (const target of targets) {
        const properties = typed(boxOf(target));
        const unique = firstUnique(boxOf(target));
        const arbitrary = fc.constantFrom(...properties).chain((property) =>
          fc.tuple(fc.constant(property), fc.oneof(validValue(property, 'g'), fc.constantFrom<unknown>(...invalidValues(property).map((c) => c.value), 'true'))));
        await runProperty(session, { name: `types:${target.objectType}`, runs: session.settings.runs }, arbitrary, async ([property, value], trail) => {
          const box = boxOf(target, trail);
          const sent = { ...requiredFill(target.world, session), [property.name]: value };
          const tracer = unique === undefined ? undefined : { name: unique.name, value: sent[unique.name] as string };
          const charge = (name: string) => (name === property.name ? V.VALUE_READ_BACK : READ_MATCHES);
          const result = await executeWrite(box, session, {
            step: 'create', op: 'createObject', request: createRequest(target.objectType, sent), prediction: predictCreate(target.world, box.state, sent), sent, accept: V.ACCEPTED_BY_TYPE[property.type], charge, ...(tracer === undefined ? {} : { tracer }),
          });
          if (result.kind === 'accepted') await readBack(box, session, result.id, 'read', charge);
        });
      }
    },
  },
]);
