/**
 * Named aliases over the types generated from spec/zeeg/openapi.yaml, so the rest of the code
 * says `RecordResponse` instead of `components['schemas']['RecordResponse']`.
 * The generated module is rebuilt by `npm run generate`.
 */
import type { components, operations, paths } from '../generated.ts';

export type { components, operations, paths };

type Schemas = components['schemas'];

/** The operationIds of the Zeeg document. */
export type OperationId = keyof operations;

/** A flat request body of create, assert and patch: attribute key → value. */
export type RecordBody = Schemas['RecordBody'];
/** One request value: one of the eight documented value types or null. */
export type AttributeValue = Schemas['AttributeValue'];
export type TextValue = Schemas['TextValue'];
export type NumberValue = Schemas['NumberValue'];
export type CheckboxValue = Schemas['CheckboxValue'];
export type DateValue = Schemas['DateValue'];
export type SelectValue = Schemas['SelectValue'];
export type MultiselectValue = Schemas['MultiselectValue'];
export type RelationValue = Schemas['RelationValue'];
export type UserValue = Schemas['UserValue'];
/** Body of PATCH /crm/{objectSlug}/{recordId}/relation. */
export type RelationUpdate = Schemas['RelationUpdate'];

/** A record as responses carry it. */
export type CrmRecord = Schemas['Record'];
/** The envelope of create, assert, get, patch and relation responses. */
export type RecordResponse = Schemas['RecordResponse'];
export type DeleteResponse = Schemas['DeleteResponse'];

/** The object schema returned by getObject, its envelope and its attributes. */
export type CrmObject = Schemas['CrmObject'];
export type ObjectResponse = Schemas['ObjectResponse'];
export type Attribute = Schemas['Attribute'];
export type AttributeOption = Schemas['AttributeOption'];
export type AttributeType = Schemas['AttributeType'];

/** Either documented error form. */
export type ErrorBody = Schemas['Error'];
export type ErrorEnvelope = Schemas['ErrorEnvelope'];
export type ErrorMessage = Schemas['ErrorMessage'];
