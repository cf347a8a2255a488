/**
 * The three writes a run sends, as judged steps: the request, the model's prediction for the
 * current state, and how value differences are charged. Commands and focused cases build
 * their writes here and hand them to executeWrite.
 */
import { CREATE_EMPTY_BODY } from '../checks/write-checks.ts';
import type { CheckDef } from '../../../core/checks.ts';
import { predictAssert, predictCreate, predictPatch } from '../model/predict-write.ts';
import type { Values } from '../model/values.ts';
import type { WriteStep } from './execute.ts';
import type { ModelBox } from './model-box.ts';
import { withRequired } from './required-fill.ts';

const withCheck = (statusCheck?: CheckDef) => (statusCheck === undefined ? {} : { statusCheck });

/** Create and assert send every required attribute (see required-fill.ts); patch sends what it is given. */
export function createStep(box: ModelBox, given: Values, step: string, statusCheck?: CheckDef): WriteStep {
  const body = withRequired(box.target.world, given, box.prefix, [], box.serials);
  return {
    step,
    op: 'createRecord',
    request: { method: 'POST', path: `/crm/${box.target.slug}`, json: body },
    prediction: predictCreate(box.target.world, box.state, body),
    body,
    situation: () => 'create',
    touched: [],
    ...withCheck(statusCheck),
    // A create of nothing that is refused breaks the empty-body rule (ZEEG-CREATE-004) before any other.
    ...(Object.keys(body).length === 0 ? { refusedCheck: CREATE_EMPTY_BODY } : {}),
  };
}

export function assertStep(box: ModelBox, matching: string, given: Values, step: string, statusCheck?: CheckDef): WriteStep {
  // The matching value is the request's subject (it may be deliberately null, empty or absent).
  const body = withRequired(box.target.world, given, box.prefix, [matching], box.serials);
  return {
    step,
    op: 'assertRecord',
    request: { method: 'PUT', path: `/crm/${box.target.slug}`, query: { matchingAttribute: matching }, json: body },
    prediction: predictAssert(box.target.world, box.state, matching, body),
    body,
    situation: (outcome) => (outcome === 'created' ? 'assert-create' : 'assert-update'),
    touched: box.state.records.map((r) => r.id),
    ...withCheck(statusCheck),
  };
}

export function patchStep(box: ModelBox, id: string, body: Values, step: string, statusCheck?: CheckDef): WriteStep {
  return {
    step,
    op: 'patchRecord',
    request: { method: 'PATCH', path: `/crm/${box.target.slug}/${id}`, json: body },
    prediction: predictPatch(box.target.world, box.state, id, body),
    body,
    situation: () => 'patch',
    touched: [id],
    ...withCheck(statusCheck),
  };
}
