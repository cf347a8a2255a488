/**
 * A finding's evidence names records; when the requests that created them came before the
 * failing step, the evidence alone cannot reproduce the finding. This adds, from the case's
 * wire log, the successful write that first answered with each id the evidence names, and so
 * on for the ids those writes name, in wire order.
 */
import { idPaths, mentions } from '../core/exchange-ids.ts';
import type { Exchange } from '../core/findings.ts';

/** Parsed ids per recorded reply: the same reply is looked at by many findings of a case. */
const idsOfReply = new WeakMap<Exchange, ReadonlySet<string>>();

function producedIds(exchange: Exchange): ReadonlySet<string> {
  let ids = idsOfReply.get(exchange);
  if (ids === undefined) {
    const status = exchange.response?.status ?? 0;
    const creates = exchange.request.method !== 'GET' && exchange.request.method !== 'DELETE' && status >= 200 && status < 300;
    ids = creates ? new Set(idPaths(exchange.response?.body).keys()) : new Set();
    idsOfReply.set(exchange, ids);
  }
  return ids;
}

/** Whether `exchange` names `id` in its request or answers with it. */
function names(exchange: Exchange, id: string): boolean {
  return mentions(exchange, id) || exchange.response?.body.includes(id) === true;
}

/** The sequence prefixes (`<run id>-<case tag>-<n>-`) a request's URL and body carry, in small letters (a value may be sent in capitals). */
function prefixesOf(exchange: Exchange, runId: string): string[] {
  const pattern = new RegExp(`${runId.replace(/[^A-Za-z0-9]/g, '\\$&')}-[0-9a-z]{6}-\\d+-`, 'gi');
  return [...`${exchange.request.url} ${exchange.request.body ?? ''}`.matchAll(pattern)].map((m) => m[0].toLowerCase());
}

/** A successful write whose request carries a value of the same sequence as the evidence (the record a conflict is about). */
function sharesSequence(candidate: Exchange, prefixes: ReadonlySet<string>, runId: string): boolean {
  if (prefixes.size === 0 || producedIds(candidate).size === 0) return false;
  return prefixesOf(candidate, runId).some((p) => prefixes.has(p));
}

/**
 * `evidence` with the earlier writes that created the records it names or answers with (an
 * assert that matched a record answers with an id it did not create), and those that wrote
 * values of the same sequence (`runId` tells them); at most `limit` exchanges.
 */
export function withSetup(evidence: readonly Exchange[], log: readonly Exchange[], limit: number, runId = ''): Exchange[] {
  if (evidence.length === 0) return [];
  const chosen = new Map(evidence.map((x) => [x.seq, x] as const));
  const first = Math.min(...evidence.map((x) => x.seq));
  // A write whose record was deleted before the evidence began set up an earlier sequence, not this one.
  const deleted = log.filter((x) => x.seq < first && x.request.method === 'DELETE');
  const earlier = log.filter((x) => x.seq < first && x.step !== 'cleanup' && ![...producedIds(x)].some((id) => deleted.some((d) => d.seq > x.seq && d.request.url.includes(id))));
  for (let grew = true; grew && chosen.size < limit; ) {
    grew = false;
    const ordered = [...chosen.values()];
    const prefixes = new Set(runId === '' ? [] : ordered.flatMap((x) => prefixesOf(x, runId)));
    for (const candidate of earlier) {
      if (chosen.has(candidate.seq)) continue;
      const needed =
        sharesSequence(candidate, prefixes, runId) ||
        [...producedIds(candidate)].some((id) => ordered.some((x) => x.seq > candidate.seq && names(x, id)) && !ordered.some((p) => p.seq < candidate.seq && producedIds(p).has(id)));
      if (needed) {
        chosen.set(candidate.seq, candidate);
        grew = true;
        break;
      }
    }
  }
  return [...chosen.values()].sort((a, b) => a.seq - b.seq).slice(-limit);
}
