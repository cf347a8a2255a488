/**
 * Judges the envelope of a batch upsert answered 200 (facts B5): the members the spec requires
 * (status, one of four values; results, one per input, each with its new flag; startedAt; completedAt)
 * at MUST (the other members of each result are judged as objects, judge-object.ts), and the
 * status COMPLETE for a batch whose results are all in the reply, our reading, at SHOULD; and a 207's
 * StandardError entries (facts B3) at MUST.
 */
import { expectThat, isObject, type HsProbe } from './probe.ts';
import { UPSERT_BATCH_COMPLETE, UPSERT_BATCH_SHAPE } from './surface-checks.ts';

const BATCH_STATUSES: readonly unknown[] = ['CANCELED', 'COMPLETE', 'PENDING', 'PROCESSING'];

const isInstant = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

export function judgeBatch(probe: HsProbe, json: unknown, inputs: number): void {
  const body = isObject(json) ? json : {};
  const results = Array.isArray(body['results']) ? body['results'].length : undefined;
  const flagged = Array.isArray(body['results']) && body['results'].every((r) => isObject(r) && typeof r['new'] === 'boolean');
  const problems = [
    BATCH_STATUSES.includes(body['status']) ? '' : 'status',
    results === inputs ? '' : 'results',
    flagged ? '' : 'results[].new',
    isInstant(body['startedAt']) ? '' : 'startedAt',
    isInstant(body['completedAt']) ? '' : 'completedAt',
  ].filter((p) => p !== '');
  const observed = { status: body['status'], results, startedAt: body['startedAt'], completedAt: body['completedAt'] };
  expectThat(probe, UPSERT_BATCH_SHAPE, problems.length === 0, { status: BATCH_STATUSES, results: inputs, startedAt: 'date-time', completedAt: 'date-time' }, observed, `a batch of ${inputs} input(s) answered with a wrong or missing ${problems.join(', ')}`);
  expectThat(probe, UPSERT_BATCH_COMPLETE, body['status'] === 'COMPLETE', 'COMPLETE', body['status'], `a batch answered in full says status ${JSON.stringify(body['status'])}`);
}

/** The members every StandardError entry of a 207 carries (facts B3). */
const STANDARD_ERROR = ['status', 'category', 'message', 'errors', 'context', 'links'];

/** A 207: numErrors and errors, each entry a StandardError with every required member. */
export function judgePartialBatch(probe: HsProbe, json: unknown): void {
  const body = isObject(json) ? json : {};
  const errors = Array.isArray(body['errors']) ? body['errors'] : [];
  const lacking = errors.flatMap((entry, i) => STANDARD_ERROR.filter((m) => !isObject(entry) || entry[m] === undefined || (m === 'errors' && !Array.isArray(entry[m]))).map((m) => `errors[${i}].${m}`));
  const problems = [...(errors.length > 0 ? [] : ['errors']), ...(typeof body['numErrors'] === 'number' ? [] : ['numErrors']), ...lacking];
  expectThat(probe, UPSERT_BATCH_SHAPE, problems.length === 0, { numErrors: 'a number', errors: STANDARD_ERROR }, { numErrors: body['numErrors'], errors }, `a 207 batch reply lacks ${problems.join(', ')}`);
}
