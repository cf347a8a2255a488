/**
 * Kizen's own settings: every call carries the account's business id and the acting user's id
 * in headers beside the API key. The add page types both as strings, so any non-empty value
 * that can travel in a header is taken.
 */
import type { ApiSetting } from '../crm-api.ts';

/** A header value: no whitespace, no control characters. */
function headerIdProblem(value: string): string | undefined {
  if (value === '') return 'expected a non-empty id';
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return `an id sent in a header cannot contain whitespace or control characters: ${JSON.stringify(value)}`;
  return undefined;
}

export const KIZEN_SETTINGS: readonly ApiSetting[] = [
  {
    key: 'businessId', flag: 'business-id', env: 'CRM_BUSINESS_ID', placeholder: 'ID',
    help: 'X-BUSINESS-ID sent with the API key', problem: headerIdProblem, requiredForTarget: true, inReport: true,
  },
  {
    key: 'userId', flag: 'user-id', env: 'CRM_USER_ID', placeholder: 'ID',
    help: 'X-USER-ID sent with the API key', problem: headerIdProblem, requiredForTarget: true, inReport: true,
  },
];
