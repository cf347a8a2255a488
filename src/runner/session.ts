/**
 * One test case's connection to the target, the same for every API: client, recorder, the
 * API's validators, run-unique value prefixes and serials, and clean-up of every record it
 * created. What differs per API comes in as its ApiRuntime.
 */
import { loadOperationValidators, type OperationValidators } from '../contract/operation-validators.ts';
import type { CrmcError } from '../core/errors.ts';
import type { Exchange } from '../core/findings.ts';
import { TargetClient, type Reply, type SendOptions } from '../http/client.ts';
import type { ApiRuntime } from './api-runtime.ts';
import { CaseRecorder, MAX_EXCHANGES } from './case-recorder.ts';
import { withSetup } from './setup-closure.ts';
import { runGate } from './run-gate.ts';
import { releaseRunPool, sessionConnections, takeRunPool } from './run-pool.ts';
import type { RunSettings } from './settings.ts';
import { UniqueSerials } from './unique-values.ts';

/** Six base-36 characters derived from a case's name: stable across runs, distinct between cases. */
export function caseTagOf(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash.toString(36).padStart(6, '0').slice(-6);
}

export class Session {
  readonly settings: RunSettings;
  readonly runtime: ApiRuntime;
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
  /** True once the objects are prepared: a broken reply is then a finding, before it the case's end. */
  judging = false;
  private closed = false;

  private constructor(settings: RunSettings, runtime: ApiRuntime, recorder: CaseRecorder, operations: OperationValidators, ordinal: number) {
    this.settings = settings;
    this.runtime = runtime;
    this.recorder = recorder;
    this.operations = operations;
    this.serials = new UniqueSerials(settings.runId, ordinal);
    this.caseTag = caseTagOf(`${recorder.suite}/${recorder.testCase}`);
    this.client = new TargetClient({
      baseUrl: settings.baseUrl,
      token: settings.token,
      timeoutMs: settings.timeoutMs,
      connections: sessionConnections(settings.concurrency),
      dispatcher: takeRunPool(settings),
      credentialHeaders: runtime.credentialHeaders(settings),
      onBroken: (exchange, failure) => this.brokenReply(exchange, failure),
      onReply: (reply, sent) => this.noteWritten(reply, sent),
      gate: runGate(settings),
      ...(settings.deadlineAt === undefined ? {} : { deadlineAt: settings.deadlineAt }),
      ...(settings.readToken === undefined ? {} : { readToken: settings.readToken }),
      ...(settings.headers === undefined ? {} : { headers: settings.headers }),
    });
    recorder.expandEvidence = (exchanges) => withSetup(exchanges, this.client.log, MAX_EXCHANGES, settings.runId);
  }

  /** `ordinal` is the case's position among the API's cases (it picks the block of unique values). */
  static async open(settings: RunSettings, runtime: ApiRuntime, suite: string, testCase: string, clauses: string[], ordinal = 0): Promise<Session> {
    const recorder = new CaseRecorder(suite, testCase, clauses, settings.seed);
    return new Session(settings, runtime, recorder, await loadOperationValidators(runtime.spec ?? runtime.api), ordinal);
  }

  /** A reply that broke on the way: a MUST finding of the API's brokenReply check while judging. */
  private brokenReply(exchange: Exchange, failure: CrmcError): void {
    const check = this.runtime.brokenReply;
    if (!this.judging || check === undefined || exchange.step === 'cleanup') throw failure;
    const { method, url } = exchange.request;
    this.recorder.fail(check, {
      message: `${method} ${new URL(url).pathname} got no complete reply: ${failure.message}`,
      expected: 'a complete HTTP reply',
      observed: failure.code,
      exchanges: this.client.since(this.stepMark),
    });
  }

  /** At the end of a case that judged replies: every reply it got was complete, unless one was not. */
  judgeReplies(): void {
    const check = this.runtime.brokenReply;
    if (check === undefined || !this.judging || this.client.requests === 0 || this.recorder.hasFinding(check.code)) return;
    this.recorder.pass(check);
  }

  /**
   * At the end of a case: any 5xx reply it got is one MUST finding of the API's serverError
   * check (the first such reply as evidence, how many there were in the message), whatever the
   * case judged of it. A case that tested something and got no 5xx passes the check; one whose
   * checks all skipped does not, so it still reads as having tested nothing.
   */
  judgeServerErrors(): void {
    const check = this.runtime.serverError;
    if (check === undefined || this.recorder.hasFinding(check.code)) return;
    const failed = this.client.log.filter((e) => (e.response?.status ?? 0) >= 500);
    const first = failed[0];
    if (first === undefined) {
      if (this.recorder.exercised()) this.recorder.pass(check);
      return;
    }
    const { method, url } = first.request;
    const more = failed.length > 1 ? ` (${failed.length} replies of this case were 5xx)` : '';
    const finding = this.recorder.finding(check, {
      message: `${method} ${new URL(url).pathname} (${first.step}) answered ${first.response!.status}${more}`,
      expected: 'a documented answer: the success of the operation or a refusal (4xx)',
      observed: { status: first.response!.status, body: first.response!.body.slice(0, 500) },
      exchanges: this.client.log.slice(0, this.client.log.indexOf(first) + 1),
    });
    this.recorder.recordViolation(finding);
  }

  /** A prefix no other run, case or sequence uses; every unique and matching value starts with it. */
  nextPrefix(): string {
    this.sequence += 1;
    return `${this.settings.runId}-${this.caseTag}-${this.sequence}-`;
  }

  /** Remembers a record for clean-up: at the end of the command sequence, or of the case. */
  track(slug: string, id: string, scope: 'case' | 'sequence' = 'sequence'): void {
    const known = this.created.find((r) => r.slug === slug && r.id === id);
    if (known === undefined) this.created.push({ slug, id, scope });
    else known.scope = scope;
  }

  /** A successful write's records are deleted at the case's end at the latest, whatever the case expected. */
  private noteWritten(reply: Reply, sent: SendOptions): void {
    if (reply.status < 200 || reply.status > 299 || sent.method === 'GET' || sent.method === 'DELETE') return;
    for (const record of this.runtime.writtenRecords?.(sent, reply.json) ?? []) {
      if (!this.created.some((r) => r.slug === record.slug && r.id === record.id)) this.created.push({ ...record, scope: 'case' });
    }
  }

  untrack(slug: string, id: string): void {
    const index = this.created.findIndex((r) => r.slug === slug && r.id === id);
    if (index !== -1) this.created.splice(index, 1);
  }

  /** Deletes the records of a scope (default: all), all at once; what cannot be deleted is reported. */
  async cleanup(scope?: 'sequence'): Promise<void> {
    const records = this.created.filter((r) => scope === undefined || r.scope === scope).reverse();
    for (const record of records) this.untrack(record.slug, record.id);
    await Promise.all(records.map((record) => this.deleteOne(record)));
  }

  private async deleteOne(record: { slug: string; id: string }): Promise<void> {
    try {
      const reply = await this.client.send('cleanup', { method: 'DELETE', path: this.runtime.recordPath(record.slug, record.id) });
      if (reply.status !== 200 && reply.status !== 204 && reply.status !== 404) {
        this.recorder.leftovers.push({ objectSlug: record.slug, recordId: record.id, reason: `DELETE answered ${reply.status}` });
      }
    } catch (error) {
      this.recorder.leftovers.push({ objectSlug: record.slug, recordId: record.id, reason: error instanceof Error ? error.message : String(error) });
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.close();
    await releaseRunPool(this.settings);
  }
}
