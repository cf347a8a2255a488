/** GET /v2/crm/objects/{slug}: the object schema, system attributes included. */
import { requireObject } from '../server-context.ts';
import { param, type Handler } from './handler.ts';

export const discoverObject: Handler = async (ctx, input) => {
  const object = requireObject(ctx, param(input, 'slug'));
  return { status: 200, body: { success: true, status: 200, object: object.def } };
};
