/**
 * One pool of keep-alive connections per run and target, shared by the run's sessions, so a
 * case reuses the connections earlier cases opened instead of opening (and the target
 * accepting) fresh ones. A session takes the pool when it opens and gives it back when it
 * closes; the last one out closes it, so no connection outlives the cases that used it.
 */
import type { Pool } from 'undici';
import { clientPool } from '../http/client.ts';
import type { RunSettings } from './settings.ts';

interface SharedPool {
  pool: Pool;
  users: number;
}

const pools = new Map<string, SharedPool>();

type PoolSettings = Pick<RunSettings, 'runId' | 'baseUrl' | 'concurrency' | 'timeoutMs'>;

const keyOf = (settings: PoolSettings): string => `${settings.runId} ${new URL(settings.baseUrl).origin}`;

/** Connections one session could open on its own: a burst of parallel requests in a case (racing writes, clean-up) gets as many. */
export function sessionConnections(concurrency: number): number {
  return Math.max(4, concurrency * 2);
}

/** The run's pool for `settings.baseUrl`, made on first use; give it back with releaseRunPool. */
export function takeRunPool(settings: PoolSettings): Pool {
  const key = keyOf(settings);
  let shared = pools.get(key);
  if (shared === undefined) {
    // As many connections as the run's sessions together could open before they shared a pool.
    const connections = Math.max(1, settings.concurrency) * sessionConnections(settings.concurrency);
    shared = { pool: clientPool(new URL(settings.baseUrl).origin, connections, settings.timeoutMs), users: 0 };
    pools.set(key, shared);
  }
  shared.users += 1;
  return shared.pool;
}

/** Gives a session's use of the run's pool back; the last user closes it (after its requests finish). */
export async function releaseRunPool(settings: PoolSettings): Promise<void> {
  const key = keyOf(settings);
  const shared = pools.get(key);
  if (shared === undefined) return;
  shared.users -= 1;
  if (shared.users > 0) return;
  pools.delete(key);
  await shared.pool.close().catch(() => undefined);
}

/** Sessions holding the run's pool for `settings.baseUrl` (0 when it is closed). */
export function runPoolUsers(settings: PoolSettings): number {
  return pools.get(keyOf(settings))?.users ?? 0;
}
