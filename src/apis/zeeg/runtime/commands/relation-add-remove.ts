/** PATCH …/relation: add and remove single ids; ids not named stay linked. */
import type fc from 'fast-check';
import { predictRelationUpdate, type RelationUpdate } from '../../model/predict-relation.ts';
import { knownReferences } from '../../model/world.ts';
import type { RelationChange } from '../../checks/judge-values.ts';
import { RELATION_NOOP } from '../../checks/resource-checks.ts';
import type { Session } from '../../../../runner/session.ts';
import { executeWrite } from '../execute.ts';
import { pickRecord, type ModelBox } from '../model-box.ts';

export class RelationAddRemoveCommand implements fc.AsyncCommand<ModelBox, Session> {
  /** `picks` chooses ids by position among the known ones; each goes to add or remove by `toAdd`. */
  constructor(readonly pick: number, readonly attrPick: number, readonly picks: number[], readonly toAdd: boolean[]) {}
  /** Required arrays are left alone: removing their last id would clear them, which the pages leave open. */
  private attributes(box: Readonly<ModelBox>) {
    return [...box.target.world.attributes.values()].filter((a) => (a.type === 'relation' || a.type === 'user') && a.isRequired !== true && knownReferences(box.target.world, a) !== undefined);
  }
  check(box: Readonly<ModelBox>): boolean {
    return box.state.records.length > 0 && this.attributes(box).length > 0 && this.picks.length > 0;
  }
  async run(box: ModelBox, session: Session): Promise<void> {
    const record = pickRecord(box, this.pick)!;
    const attrs = this.attributes(box);
    const attr = attrs[this.attrPick % attrs.length]!;
    const known = knownReferences(box.target.world, attr)!;
    const ids = [...new Set(this.picks.map((p) => known[p % known.length]!))];
    const update: RelationUpdate = { attributeSlug: attr.key };
    const add = ids.filter((_, i) => this.toAdd[i] ?? true);
    const remove = ids.filter((_, i) => !(this.toAdd[i] ?? true));
    if (add.length > 0) update.add = add;
    if (remove.length > 0) update.remove = remove;
    const linked = Array.isArray(record.values[attr.key]) ? (record.values[attr.key] as string[]) : [];
    // Adding a linked id or removing an unlinked one must succeed as a no-op (ZEEG-RELATION-006): a refusal breaks that rule.
    const noop = add.some((id) => linked.includes(id)) || remove.some((id) => !linked.includes(id));
    await executeWrite(box, session, {
      ...(noop ? { refusedCheck: RELATION_NOOP } : {}),
      step: 'RelationAddRemove',
      op: 'updateRelation',
      request: { method: 'PATCH', path: `/crm/${box.target.slug}/${record.id}/relation`, json: update },
      prediction: predictRelationUpdate(box.target.world, box.state, record.id, update),
      body: { [attr.key]: { before: linked, remove } satisfies RelationChange },
      situation: () => 'relation',
      touched: [record.id],
    });
  }
  toString(): string {
    return `RelationAddRemove(#${this.pick}, attribute #${this.attrPick}, ids ${JSON.stringify(this.picks)}, add ${JSON.stringify(this.toAdd)})`;
  }
}
