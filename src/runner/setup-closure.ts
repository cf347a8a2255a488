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

/**
 * `evidence` with the earlier writes that created the records it names or answers with (an
 * assert that matched a record answers with an id it did not create); at most `limit` exchanges.
 */
export function withSetup(evidence: readonly Exchange[], log: readonly Exchange[], limit: number): Exchange[] {
  if (evidence.length === 0) return [];
  const chosen = new Map(evidence.map((x) => [x.seq, x] as const));
  const first = Math.min(...evidence.map((x) => x.seq));
  const earlier = log.filter((x) => x.seq < first && x.step !== 'cleanup');
  for (let grew = true; grew && chosen.size < limit; ) {
    grew = false;
    const ordered = [...chosen.values()];
    for (const candidate of earlier) {
      if (chosen.has(candidate.seq)) continue;
      const needed = [...producedIds(candidate)].some((id) => ordered.some((x) => x.seq > candidate.seq && names(x, id)) && !ordered.some((p) => p.seq < candidate.seq && producedIds(p).has(id)));
      if (needed) {
        chosen.set(candidate.seq, candidate);
        grew = true;
        break;
      }
    }
  }
  return [...chosen.values()].sort((a, b) => a.seq - b.seq).slice(-limit);
}
