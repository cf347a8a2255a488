/**
 * Validators for every operation of a loaded OpenAPI document: one per JSON request body and one
 * per documented response status, compiled once through the shared AJV cache. OpenAPI 3.1
 * schemas are JSON Schema 2020-12, so the dereferenced schemas go to AJV as they are.
 */
import { CrmcError } from '../core/errors.ts';
import { compileOnce, runValidator, type ValidationResult } from './ajv.ts';
import { loadSpec, specPath, type ApiName, type JsonObject, type LoadedSpec } from './load-spec.ts';

/** Validates one JSON body; errors are AJV's own error objects. */
export type BodyValidator = (value: unknown) => ValidationResult;

export interface OperationInfo {
  readonly operationId: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** Path template as written in the document, e.g. `/crm/{objectSlug}`. */
  readonly path: string;
  /** Response keys as written in the document: `200`, `4XX` or `default`. */
  readonly statuses: readonly string[];
}

export interface OperationValidators {
  readonly spec: LoadedSpec;
  /** Every operation of the document, in document order. */
  operations(): readonly OperationInfo[];
  /** Response keys documented for an operation; throws CRMC_INTERNAL for an unknown operation. */
  documentedStatuses(operationId: string): readonly string[];
  /** The request body validator, or undefined when the operation takes no JSON body. */
  requestValidator(operationId: string): BodyValidator | undefined;
  /**
   * The validator for a response status: the exact code first, then its `NXX` range, then
   * `default`. Undefined when the status is not documented for the operation.
   */
  responseValidator(operationId: string, status: number | string): BodyValidator | undefined;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface CompiledOperation {
  info: OperationInfo;
  request: BodyValidator | undefined;
  responses: Map<string, BodyValidator>;
}

function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/** The schema of the JSON media type of a request body or response, if it has one. */
function jsonSchemaOf(holder: unknown): JsonObject | undefined {
  const content = asObject(asObject(holder)?.content);
  if (content === undefined) return undefined;
  const mediaType = Object.keys(content).find((type) => type === 'application/json' || /[/+]json\b/.test(type));
  return mediaType === undefined ? undefined : asObject(asObject(content[mediaType])?.schema);
}

function compileBody(key: string, schema: JsonObject | undefined): BodyValidator {
  // A documented response without a JSON schema accepts any body.
  const fn = compileOnce(key, schema ?? {});
  return (value) => runValidator(fn, value);
}

function compileOperation(spec: LoadedSpec, path: string, method: string, operation: JsonObject): CompiledOperation {
  const operationId = operation.operationId;
  if (typeof operationId !== 'string') {
    throw new CrmcError('CRMC_SPEC_INVALID', `${spec.path}: ${method.toUpperCase()} ${path} has no operationId`);
  }
  const keyPrefix = `openapi:${spec.path}:${operationId}`;
  const requestSchema = jsonSchemaOf(operation.requestBody);
  const request = requestSchema === undefined ? undefined : compileBody(`${keyPrefix}:request`, requestSchema);
  const responses = new Map<string, BodyValidator>();
  const statuses = Object.keys(asObject(operation.responses) ?? {});
  for (const status of statuses) {
    const schema = jsonSchemaOf(asObject(operation.responses)?.[status]);
    // Keys are matched case-insensitively (`2xx`, `Default`), so they are stored upper-case.
    responses.set(status.toUpperCase(), compileBody(`${keyPrefix}:response:${status}`, schema));
  }
  const info: OperationInfo = { operationId, method: method.toUpperCase(), path, statuses };
  return { info, request, responses };
}

/** Compile (once per document and key) the validators of every operation in a loaded document. */
export function operationValidators(spec: LoadedSpec): OperationValidators {
  const byId = new Map<string, CompiledOperation>();
  for (const [path, item] of Object.entries(spec.document.paths)) {
    for (const method of Object.keys(item).filter((key) => (HTTP_METHODS as readonly string[]).includes(key))) {
      const operation = asObject(item[method]);
      if (operation === undefined) continue;
      const compiled = compileOperation(spec, path, method, operation);
      byId.set(compiled.info.operationId, compiled);
    }
  }
  const lookup = (operationId: string): CompiledOperation => {
    const found = byId.get(operationId);
    if (found === undefined) throw new CrmcError('CRMC_INTERNAL', `no operation "${operationId}" in ${spec.path}`);
    return found;
  };
  return {
    spec,
    operations: () => [...byId.values()].map((compiled) => compiled.info),
    documentedStatuses: (operationId) => lookup(operationId).info.statuses,
    requestValidator: (operationId) => lookup(operationId).request,
    responseValidator(operationId, status) {
      const { responses } = lookup(operationId);
      const code = String(status).toUpperCase();
      return responses.get(code) ?? responses.get(`${code.charAt(0)}XX`) ?? responses.get('DEFAULT');
    },
  };
}

const loaded = new Map<string, Promise<OperationValidators>>();

/** Load the shipped document of an API (or any path) and build its validators, once per path. */
export function loadOperationValidators(source: ApiName | { path: string }): Promise<OperationValidators> {
  const path = typeof source === 'string' ? specPath(source) : source.path;
  let pending = loaded.get(path);
  if (pending === undefined) {
    pending = loadSpec(path).then(operationValidators);
    loaded.set(path, pending);
    pending.catch(() => loaded.delete(path));
  }
  return pending;
}
