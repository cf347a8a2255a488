/** Zeeg's judging context (the generic Judge over a Zeeg world) and its operation ids. */
import type { Judge } from '../../../checks/judge.ts';
import type { World } from '../model/world.ts';

export type Probe = Judge<World>;

export type OperationId = 'createRecord' | 'assertRecord' | 'patchRecord' | 'getRecord' | 'deleteRecord' | 'updateRelation' | 'getObject';

export function statusClass(status: number): string {
  return `${Math.floor(status / 100)}xx`;
}
