/**
 * Checks on create, the object in replies, reads, update and archive (create page, reference
 * notes, facts B2 and B3).
 */
import { defineCheck } from '../../../checks/define-check.ts';
import type { CheckDef } from '../../../core/checks.ts';

const c = (code: string, level: 'MUST' | 'SHOULD', clauses: string[], title: string) => defineCheck(code, level, clauses.map((id) => `HUBSPOT-${id}`), title);

export const CREATE_ACCEPTED = c('HUBSPOT_CREATE_ACCEPTED', 'MUST', ['CREATE-001', 'CREATE-003'], 'A valid create { properties, associations: [] } succeeds');
export const CREATE_STATUS_201 = c('HUBSPOT_CREATE_STATUS_201', 'MUST', ['CREATE-001'], 'A successful create answers 201');
export const CREATE_ID_FRESH = c('HUBSPOT_CREATE_ID_FRESH', 'MUST', ['CREATE-001'], 'A created object has an id no other record of the type has');
export const CREATE_VALUES_STORED = c('HUBSPOT_CREATE_VALUES_STORED', 'MUST', ['CREATE-002'], 'The create reply and later reads hold every sent value');
export const MALFORMED_BODY_REJECTED = c('HUBSPOT_MALFORMED_BODY_REJECTED', 'SHOULD', ['CREATE-004'], 'A body that is no object, or whose properties is missing or not an object, is refused with 400');
export const CONTACT_IDENTITY_REQUIRED = c('HUBSPOT_CONTACT_IDENTITY_REQUIRED', 'SHOULD', ['CREATE-005'], 'A contact without email, firstname and lastname is refused with 400');

export const OBJECT_SHAPE = c('HUBSPOT_OBJECT_SHAPE', 'MUST', ['OBJECT-001'], 'An object carries id, properties, createdAt, updatedAt and archived (false when live)');
export const OBJECT_VALUES_STRINGS = c('HUBSPOT_OBJECT_VALUES_STRINGS', 'MUST', ['OBJECT-002'], 'Every property value in a reply is a string');
export const EMPTY_PROPERTY_ABSENT = c('HUBSPOT_EMPTY_PROPERTY_ABSENT', 'SHOULD', ['OBJECT-003'], 'A requested property without a value is left out (null is tolerated)');

export const READ_MATCHES = c('HUBSPOT_READ_MATCHES', 'MUST', ['READ-001'], 'A read returns the object as the last accepted write left it');
export const READ_PROPERTIES_PARAM = c('HUBSPOT_READ_PROPERTIES_PARAM', 'MUST', ['READ-002'], 'A read returns every property named in properties that has a value');
export const READ_UNKNOWN_PROPERTY_IGNORED = c('HUBSPOT_READ_UNKNOWN_PROPERTY_IGNORED', 'MUST', ['READ-003'], 'A read naming unknown properties answers 200 and ignores them');
export const READ_DEFAULT_SET = c('HUBSPOT_READ_DEFAULT_SET', 'SHOULD', ['READ-004'], "A read without properties returns no writable property outside the type's default set");
export const READ_BY_ID_PROPERTY = c('HUBSPOT_READ_BY_ID_PROPERTY', 'MUST', ['READ-005'], 'A read by a unique idProperty finds the holder of the value, and 404 when none holds it');
export const READ_NON_UNIQUE_ID_PROPERTY = c('HUBSPOT_READ_NON_UNIQUE_ID_PROPERTY', 'SHOULD', ['READ-006'], 'A read or update by an idProperty that is not unique is refused with 400');
export const READ_UNKNOWN_ID_404 = c('HUBSPOT_READ_UNKNOWN_ID_404', 'MUST', ['READ-007'], 'A read of an id that names no record answers 404');

export const UPDATE_ACCEPTED = c('HUBSPOT_UPDATE_ACCEPTED', 'MUST', ['UPDATE-001'], 'A valid update answers 200 with the object');
export const UPDATE_VALUES_STORED = c('HUBSPOT_UPDATE_VALUES_STORED', 'MUST', ['UPDATE-001'], 'Every property an update sent holds the sent value');
export const UPDATE_KEEPS_OMITTED = c('HUBSPOT_UPDATE_KEEPS_OMITTED', 'MUST', ['UPDATE-002'], 'An update leaves the properties it does not send unchanged');
export const UPDATE_EMPTY_CLEARS = c('HUBSPOT_UPDATE_EMPTY_CLEARS', 'MUST', ['UPDATE-003'], 'Sending "" clears a property');
export const UPDATE_UNKNOWN_ID_404 = c('HUBSPOT_UPDATE_UNKNOWN_ID_404', 'MUST', ['UPDATE-004'], 'An update of an id that names no record answers 404 and creates nothing');
export const UPDATE_BY_ID_PROPERTY = c('HUBSPOT_UPDATE_BY_ID_PROPERTY', 'MUST', ['UPDATE-005'], 'An update by a unique idProperty changes the holder of the value');

export const ARCHIVE_204 = c('HUBSPOT_ARCHIVE_204', 'MUST', ['ARCHIVE-001'], 'Archiving a live record answers 204 without a body');
export const READ_AFTER_ARCHIVE_404 = c('HUBSPOT_READ_AFTER_ARCHIVE_404', 'MUST', ['ARCHIVE-002'], 'A read of an archived record answers 404');
export const ARCHIVED_READABLE = c('HUBSPOT_ARCHIVED_READABLE', 'SHOULD', ['ARCHIVE-003'], 'A read with archived=true of an archived record answers 200 with archived true');
export const ARCHIVED_NOT_UPDATED = c('HUBSPOT_ARCHIVED_NOT_UPDATED', 'SHOULD', ['ARCHIVE-004'], 'An update of an archived record answers 404; archiving it again answers 204 or 404');

export const PATH_FAMILIES_ONE_STORE = c('HUBSPOT_PATH_FAMILIES_ONE_STORE', 'MUST', ['PATHS-001'], 'A record written through one path family (2026-03, v3) is read, updated and archived through the other alike');

export const RECORD_CHECKS: readonly CheckDef[] = [
  CREATE_ACCEPTED, CREATE_STATUS_201, CREATE_ID_FRESH, CREATE_VALUES_STORED, MALFORMED_BODY_REJECTED, CONTACT_IDENTITY_REQUIRED,
  OBJECT_SHAPE, OBJECT_VALUES_STRINGS, EMPTY_PROPERTY_ABSENT,
  READ_MATCHES, READ_PROPERTIES_PARAM, READ_UNKNOWN_PROPERTY_IGNORED, READ_DEFAULT_SET, READ_BY_ID_PROPERTY, READ_NON_UNIQUE_ID_PROPERTY, READ_UNKNOWN_ID_404,
  UPDATE_ACCEPTED, UPDATE_VALUES_STORED, UPDATE_KEEPS_OMITTED, UPDATE_EMPTY_CLEARS, UPDATE_UNKNOWN_ID_404, UPDATE_BY_ID_PROPERTY,
  ARCHIVE_204, READ_AFTER_ARCHIVE_404, ARCHIVED_READABLE, ARCHIVED_NOT_UPDATED, PATH_FAMILIES_ONE_STORE,
];
