/**
 * The edges of values the pages leave to the reader, judged at SHOULD: whether "" is kept as
 * "" (or stored as null, or refused), whether "max 255 characters" counts code points (255
 * astral characters fit) or UTF-16 units (they do not), and whether an ISO 8601 datetime is
 * refused for a date. The MUST cases never send any of these edges.
 */
import { DATE_DATETIME_REJECTED } from '../checks/reject-checks.ts';
import { TEXT_ASTRAL_LIMIT, TEXT_EMPTY_KEPT } from '../checks/write-checks.ts';
import type { CheckDef } from '../../../core/checks.ts';
import { TEXT_MAX_CODE_POINTS } from '../contract/attributes.ts';
import { textReadingEdges } from '../generation/valid-values.ts';
import type { WritableAttribute } from '../model/world.ts';
import type { Session } from '../../../runner/session.ts';
import { planWrites } from '../runtime/write-plan.ts';
import type { SuiteCase } from '../../../suites/suite-def.ts';
import { expectThat } from '../../../checks/judge.ts';
import { createRecord, readRecord } from './fixtures.ts';
import { type ObjectUnderTest, probeOf } from '../runtime/target.ts';

interface Edge {
  check: CheckDef;
  /** The attribute to write, or why there is none. */
  attribute(target: ObjectUnderTest): WritableAttribute | string;
  value(attr: WritableAttribute, prefix: string): string;
  /** What the reading expects: the value kept as sent (default), or the write refused. */
  refused?: boolean;
}

/** The ISO 8601 datetime sent for a date attribute. */
const DATETIME = '2025-06-01T10:00:00Z';

const textAttributes = (target: ObjectUnderTest) => planWrites(target.world).keys.map((k) => target.world.attributes.get(k)!).filter((a) => a.type === 'text');

const EDGES: Edge[] = [
  {
    check: TEXT_EMPTY_KEPT,
    // Neither a required attribute (is "" a value?) nor a unique one (two records may hold "").
    attribute: (target) => textAttributes(target).find((a) => a.isRequired !== true && a.isUnique !== true) ?? `"${target.slug}" has no optional, non-unique text attribute`,
    value: () => textReadingEdges(TEXT_MAX_CODE_POINTS).empty,
  },
  {
    check: TEXT_ASTRAL_LIMIT,
    attribute: (target) => textAttributes(target)[0] ?? `"${target.slug}" has no writable text attribute`,
    // A unique value starts with the run's prefix and is filled up to 255 code points.
    value: (attr, prefix) => {
      const astral = textReadingEdges(TEXT_MAX_CODE_POINTS).astral;
      return attr.isUnique === true ? prefix + [...astral].slice(0, TEXT_MAX_CODE_POINTS - [...prefix].length).join('') : astral;
    },
  },
  {
    check: DATE_DATETIME_REJECTED,
    // Not unique: a refusal must be for the form of the value, never for a value another record holds.
    attribute: (target) => dateAttribute(target) ?? `"${target.slug}" has no optional, non-unique date attribute`,
    value: () => DATETIME,
    refused: true,
  },
];

function dateAttribute(target: ObjectUnderTest): WritableAttribute | undefined {
  return planWrites(target.world).keys.map((k) => target.world.attributes.get(k)!).find((a) => a.type === 'date' && a.isRequired !== true && a.isUnique !== true);
}

async function judgeEdge(session: Session, target: ObjectUnderTest, edge: Edge): Promise<void> {
  const attr = edge.attribute(target);
  if (typeof attr === 'string') {
    session.recorder.markSkipped(edge.check, attr);
    return;
  }
  const probe = probeOf(session, target);
  const value = edge.value(attr, session.nextPrefix());
  session.stepMark = session.client.mark();
  const created = await createRecord(session, target, { [attr.key]: value }, `create ${attr.key} = ${value === '' || value === DATETIME ? JSON.stringify(value) : `${[...value].length} code points`}`);
  const stored = created === undefined ? undefined : (await readRecord(session, target, created.id, 'read back')).record?.values[attr.key];
  const what = created === undefined ? 'was refused' : `read back as ${JSON.stringify(stored ?? null)}`;
  const sent = value === '' ? '""' : value === DATETIME ? DATETIME : `${[...value].length} astral characters`;
  const observed = created === undefined ? 'refused' : (stored ?? null);
  if (edge.refused === true) expectThat(probe, edge.check, created === undefined, 'refused with 400', observed, `a create with ${attr.key} = ${sent} ${what}`);
  else expectThat(probe, edge.check, stored === value, value, observed, `a create with ${attr.key} = ${sent} ${what}`);
}

export const textReadingsCase: SuiteCase<ObjectUnderTest> = {
  title: 'value edges the pages leave open: "" is kept as "", 255 astral characters fit, a datetime is no date (SHOULD)',
  clauses: ['ZEEG-TYPES-014', 'ZEEG-TYPES-015', 'ZEEG-TYPES-016'],
  checks: [TEXT_EMPTY_KEPT, TEXT_ASTRAL_LIMIT, DATE_DATETIME_REJECTED],
  async run({ session, targets }) {
    for (const target of targets) for (const edge of EDGES) await judgeEdge(session, target, edge);
  },
};
