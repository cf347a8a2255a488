/**
 * Batch upsert (facts B5): by a unique idProperty an input creates (new true) and then updates
 * the same record (new false), never a duplicate, also when raced; an empty id and a
 * non-unique idProperty are refused; a query idProperty applies; an invalid input writes nothing.
 */
import { judgeBatch, judgePartialBatch } from '../checks/judge-batch.ts';
import { judgeSingleHolder } from '../checks/judge-surface.ts';
import { expectThat, isObject } from '../checks/probe.ts';
import * as S from '../checks/surface-checks.ts';
import { READ_MATCHES } from '../checks/record-checks.ts';
import { invalidValues } from '../generation/invalid-values.ts';
import { findRecord } from '../model/state.ts';
import { readBack } from '../runtime/execute.ts';
import { fullValues, plainText, requiredFill, uniqueText, upsertFill, type FillSource } from '../runtime/fill.ts';
import { idOf, recordPath, upsertRequest } from '../runtime/requests.ts';
import { probeOf, type HubspotTarget } from '../runtime/target.ts';
import { executeUpsert } from '../runtime/upsert.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { boxOf, createRecord, refusedForUnsent, skipAll } from './fixtures.ts';

const RACERS = 3;

/** Properties for an upsert input that creates: every written value but the idProperty's (the id carries it). */
function bodyOf(target: HubspotTarget, session: FillSource, idProperty: string): Record<string, string> {
  const { [idProperty]: _, ...values } = fullValues(target.world, session);
  return values;
}


export const upsertSuite = defineSuite<HubspotTarget>('upsert', 'Batch upsert', [
  {
    title: 'an upsert creates (new true), then updates the same record (new false) keeping what it does not send',
    clauses: ['HUBSPOT-UPSERT-001', 'HUBSPOT-UPSERT-002', 'HUBSPOT-UPSERT-003', 'HUBSPOT-UPSERT-005', 'HUBSPOT-UPSERT-008', 'HUBSPOT-UPSERT-010'],
    checks: [S.UPSERT_CREATES, S.UPSERT_UPDATES_MATCH, S.UPSERT_NEW_FLAG, S.UPSERT_BATCH_SHAPE, S.UPSERT_BATCH_COMPLETE, S.UPSERT_QUERY_ID_PROPERTY],
    async run({ session, targets }) {
      for (const target of targets) {
        const unique = uniqueText(target.world)[0];
        const text = plainText(target.world);
        if (unique === undefined || text === undefined) {
          skipAll(session, [S.UPSERT_CREATES, S.UPSERT_UPDATES_MATCH, S.UPSERT_NEW_FLAG, S.UPSERT_BATCH_SHAPE, S.UPSERT_BATCH_COMPLETE, S.UPSERT_QUERY_ID_PROPERTY], `"${target.objectType}" lacks a unique and a plain text property`);
          continue;
        }
        const box = boxOf(target);
        const id = `${session.nextPrefix()}up${/email/i.test(unique.name) ? '@example.com' : ''}`;
        session.stepMark = session.client.mark();
        const created = await executeUpsert(box, session, { id, idProperty: unique.name, properties: bodyOf(target, session, unique.name) }, { step: 'upsert that creates' });
        if (created.kind !== 'accepted') continue;
        await readBack(box, session, created.id, 'read', () => S.UPSERT_CREATES);
        session.stepMark = session.client.mark();
        await executeUpsert(box, session, { id, idProperty: unique.name, properties: { [text.name]: `${session.nextPrefix()}again` } }, { step: 'upsert that updates' });
        await readBack(box, session, created.id, 'read', (name) => (name === text.name ? READ_MATCHES : S.UPSERT_UPDATES_MATCH));
        session.stepMark = session.client.mark();
        await executeUpsert(box, session, { id, idProperty: unique.name, properties: { [text.name]: `${session.nextPrefix()}query` } }, { step: 'upsert with idProperty in the query', viaQuery: true, accept: S.UPSERT_QUERY_ID_PROPERTY });
      }
    },
  },
  {
    title: 'repeated and racing upserts of one id leave one record; empty ids, non-unique idProperty and invalid inputs write nothing',
    clauses: ['HUBSPOT-UPSERT-004', 'HUBSPOT-UPSERT-006', 'HUBSPOT-UPSERT-007', 'HUBSPOT-UPSERT-009', 'HUBSPOT-UPSERT-011', 'HUBSPOT-UPSERT-012'],
    checks: [S.UPSERT_NO_DUPLICATE, S.UPSERT_NON_UNIQUE_ID_PROPERTY, S.UPSERT_NON_UNIQUE_STATUS, S.UPSERT_EMPTY_ID_REJECTED, S.UPSERT_INVALID_INPUT_REFUSED, S.UPSERT_BATCH_SHAPE, S.UPSERT_BATCH_COMPLETE],
    async run({ session, targets }) {
      for (const target of targets) {
        const unique = uniqueText(target.world)[0];
        const text = plainText(target.world);
        if (unique === undefined || text === undefined) {
          skipAll(session, [S.UPSERT_NO_DUPLICATE, S.UPSERT_NON_UNIQUE_ID_PROPERTY, S.UPSERT_NON_UNIQUE_STATUS, S.UPSERT_EMPTY_ID_REJECTED, S.UPSERT_INVALID_INPUT_REFUSED, S.UPSERT_BATCH_SHAPE, S.UPSERT_BATCH_COMPLETE], `"${target.objectType}" lacks a unique and a plain text property`);
          continue;
        }
        const box = boxOf(target);
        const probe = probeOf(session, target);
        const id = `${session.nextPrefix()}race${/email/i.test(unique.name) ? '@example.com' : ''}`;
        session.stepMark = session.client.mark();
        const replies = await Promise.all(Array.from({ length: RACERS }, (_, i) =>
          session.client.send(`racing upsert ${i + 1}`, upsertRequest(target.objectType, [{ id, idProperty: unique.name, properties: { ...upsertFill(target.world, session, unique.name), [text.name]: `r${i}` } }], { idProperty: unique.name }))));
        if (refusedForUnsent(box, session, replies, { ...upsertFill(target.world, session, unique.name), [unique.name]: id, [text.name]: 'r' }, S.UPSERT_NO_DUPLICATE)) continue;
        const ids = new Set(replies.flatMap((r) => (r.status === 200 && isObject(r.json) && Array.isArray(r.json['results']) ? r.json['results'].map(idOf) : [])).filter((x): x is string => x !== undefined));
        for (const made of ids) session.track(target.objectType, made);
        for (const reply of replies) if (reply.status === 200) judgeBatch(probe, reply.json, 1);
        const found = await session.client.send('read by the raced id', { method: 'GET', path: recordPath(target.objectType, id), query: { idProperty: unique.name } });
        judgeSingleHolder(probe, S.UPSERT_NO_DUPLICATE, [...ids], found, `${RACERS} racing upserts of ${id}`, replies.map((r) => r.status));
        const invalid = target.world.writable.flatMap((p) => invalidValues(p).filter((c) => c.rule !== 'non-string').slice(0, 1).map((c) => [p.name, c.value] as const))[0];
        if (invalid !== undefined) {
          const good = `${session.nextPrefix()}good${/email/i.test(unique.name) ? '@example.com' : ''}`;
          session.stepMark = session.client.mark();
          const mixed = await session.client.send('upsert with one invalid input', upsertRequest(target.objectType, [
            { id: good, idProperty: unique.name, properties: upsertFill(target.world, session, unique.name) },
            { id: `${session.nextPrefix()}bad`, idProperty: unique.name, properties: { ...upsertFill(target.world, session, unique.name), [invalid[0]]: invalid[1] } },
          ], { idProperty: unique.name }));
          const results = isObject(mixed.json) && Array.isArray(mixed.json['results']) ? mixed.json['results'] : [];
          for (const made of results.map(idOf)) if (made !== undefined) session.track(target.objectType, made);
          const errors = isObject(mixed.json) && Array.isArray(mixed.json['errors']) ? mixed.json['errors'] : [];
          const refused = mixed.status === 400 || (mixed.status === 207 && errors.length > 0 && results.length <= 1);
          if (mixed.status === 207) judgePartialBatch(probe, mixed.json);
          expectThat(probe, S.UPSERT_INVALID_INPUT_REFUSED, refused, '400, or 207 listing the invalid input', { status: mixed.status, results: results.length, errors: errors.length }, `a batch with an invalid input answered ${mixed.status} with ${results.length} results and ${errors.length} errors`);
        }
        const existing = await createRecord(box, session, 'set-up');
        session.stepMark = session.client.mark();
        await executeUpsert(box, session, { id: '', idProperty: unique.name, properties: { [text.name]: 'x' } }, { step: 'upsert with an empty id' });
        await executeUpsert(box, session, { id: findRecord(box.state, existing)!.values[text.name] ?? 'x', idProperty: text.name, properties: requiredFill(target.world, session) }, { step: 'upsert by a non-unique idProperty' });
      }
    },
  },
]);
