/**
 * One test case's connection to the target: client, recorder, validators, the objects under
 * test with their worlds, run-unique value prefixes, and clean-up of every record it created.
 */
import type { ObjectDef } from '../contract/attributes.ts';
import { loadOperationValidators, type OperationValidators } from '../contract/operation-validators.ts';
import { TargetClient } from '../http/client.ts';
import { buildWorld, type World } from '../model/world.ts';
import type { Probe } from '../checks/zeeg/probe.ts';
import { CaseRecorder } from './case-recorder.ts';
import { fillBlocker, withRequired } from './zeeg/required-fill.ts';
import { UniqueSerials } from './unique-values.ts';
import { discoverObject } from './discover.ts';
import type { RunSettings } from './settings.ts';

export interface ObjectUnderTest {
  slug: string;
  world: World;
  /** Why relation attributes have no known ids, when they have none. */
  referenceGaps: string[];
  /** Why no record of this object may be written (see fillBlocker); cases that write skip it. */
  blocked?: string;
}

const ANCHORS_PER_RELATION = 3;

/** Six base-36 characters derived from a case's name: stable across runs, distinct between cases. */
export function caseTagOf(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash.toString(36).padStart(6, '0').slice(-6);
}

export class Session {
  readonly settings: RunSettings;
  readonly client: TargetClient;
  readonly recorder: CaseRecorder;
  readonly operations: OperationValidators;
  /** Values for unique numbers and dates, from this case's block. */
  readonly serials: UniqueSerials;
  private readonly created: Array<{ slug: string; id: string; scope: 'case' | 'sequence' }> = [];
  private sequence = 0;
  /** Distinguishes this case's values from other cases of the same run (they may run in parallel). */
  private readonly caseTag: string;
  /** Wire-log position where the current step or sequence began. */
  stepMark = 0;

  private constructor(settings: RunSettings, recorder: CaseRecorder, operations: OperationValidators, ordinal: number) {
    this.settings = settings;
    this.recorder = recorder;
    this.operations = operations;
    this.serials = new UniqueSerials(settings.runId, ordinal);
    this.caseTag = caseTagOf(`${recorder.suite}/${recorder.testCase}`);
    this.client = new TargetClient({
      baseUrl: settings.baseUrl,
      token: settings.token,
      timeoutMs: settings.timeoutMs,
      connections: Math.max(4, settings.concurrency * 2),
      ...(settings.deadlineAt === undefined ? {} : { deadlineAt: settings.deadlineAt }),
      ...(settings.readToken === undefined ? {} : { readToken: settings.readToken }),
      ...(settings.headers === undefined ? {} : { headers: settings.headers }),
    });
  }

  /** `ordinal` is the case's position among the API's cases (it picks the block of unique values). */
  static async open(settings: RunSettings, suite: string, testCase: string, clauses: string[], ordinal = 0): Promise<Session> {
    const recorder = new CaseRecorder(suite, testCase, clauses, settings.seed);
    return new Session(settings, recorder, await loadOperationValidators('zeeg'), ordinal);
  }

  /** A prefix no other run, case or sequence uses; every unique and matching value starts with it. */
  nextPrefix(): string {
    this.sequence += 1;
    return `${this.settings.runId}-${this.caseTag}-${this.sequence}-`;
  }

  /** Remembers a record for clean-up: at the end of the command sequence, or of the case. */
  track(slug: string, id: string, scope: 'case' | 'sequence' = 'sequence'): void {
    if (!this.created.some((r) => r.slug === slug && r.id === id)) this.created.push({ slug, id, scope });
  }

  untrack(slug: string, id: string): void {
    const index = this.created.findIndex((r) => r.slug === slug && r.id === id);
    if (index !== -1) this.created.splice(index, 1);
  }

  /** A probe for cases that judge before any object is known (discovery itself). */
  rawProbe(slug: string): Probe {
    return this.probe({ slug, world: buildWorld({ slug, attributes: [] }, new Map(), []), referenceGaps: [] });
  }

  probe(target: ObjectUnderTest): Probe {
    return { recorder: this.recorder, operations: this.operations, world: target.world, evidence: () => this.client.since(this.stepMark) };
  }

  /** Discovers an object and creates anchor records in the objects its relations point at. */
  async prepare(slug: string): Promise<ObjectUnderTest> {
    const object = await discoverObject(this.client, slug);
    const relatedIds = new Map<string, string[]>();
    const gaps: string[] = [];
    for (const attr of object.attributes) {
      if (attr.type !== 'relation' || attr.isStandard === true || attr.isArchived === true) continue;
      if (attr.relatedObjectSlug === undefined) {
        gaps.push(`relation "${attr.key}" names no related object`);
        continue;
      }
      const ids = await this.createAnchors(attr.relatedObjectSlug);
      if (ids.length > 0) relatedIds.set(attr.key, ids);
      else gaps.push(`no records could be created in "${attr.relatedObjectSlug}" for relation "${attr.key}"`);
    }
    const world = buildWorld(object, relatedIds, this.settings.members.map((m) => m.toLowerCase()));
    const blocked = fillBlocker(world);
    return { slug, world, referenceGaps: gaps, ...(blocked === undefined ? {} : { blocked }) };
  }

  private async createAnchors(slug: string): Promise<string[]> {
    let related: ObjectDef;
    try {
      related = await discoverObject(this.client, slug);
    } catch {
      return [];
    }
    const world = buildWorld(related, new Map(), []);
    const ids: string[] = [];
    for (let i = 0; i < ANCHORS_PER_RELATION; i += 1) {
      const body = withRequired(world, {}, this.nextPrefix(), [], this.serials);
      const reply = await this.client.send('setup', { method: 'POST', path: `/crm/${encodeURIComponent(slug)}`, json: body });
      const id = (reply.json as { record?: { id?: unknown } } | undefined)?.record?.id;
      if (reply.status >= 200 && reply.status < 300 && typeof id === 'string') {
        this.track(slug, id, 'case');
        ids.push(id.toLowerCase());
      }
    }
    return ids;
  }

  /** Deletes the records of a scope (default: all); what cannot be deleted is reported. */
  async cleanup(scope?: 'sequence'): Promise<void> {
    const records = this.created.filter((r) => scope === undefined || r.scope === scope).reverse();
    for (const record of records) this.untrack(record.slug, record.id);
    for (const record of records) {
      try {
        const reply = await this.client.send('cleanup', { method: 'DELETE', path: `/crm/${encodeURIComponent(record.slug)}/${encodeURIComponent(record.id)}` });
        if (reply.status !== 200 && reply.status !== 204 && reply.status !== 404) {
          this.recorder.leftovers.push({ objectSlug: record.slug, recordId: record.id, reason: `DELETE answered ${reply.status}` });
        }
      } catch (error) {
        this.recorder.leftovers.push({ objectSlug: record.slug, recordId: record.id, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
