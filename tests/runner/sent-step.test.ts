/** sentStep: a counterexample line names the step, then the request exactly as it went out. */
import { describe, expect, it } from 'vitest';
import { sentStep } from '../../src/runner/sent-step.ts';

describe('sentStep', () => {
  it('shows the method, path, query and JSON body as sent', () => {
    expect(sentStep('AssertNew', { method: 'PUT', path: '/crm/products', query: { matchingAttribute: 'sku' }, json: { sku: 'crmc1a2b-k3-7-a', price: 3 } }))
      .toBe('AssertNew: PUT /crm/products?matchingAttribute=sku {"sku":"crmc1a2b-k3-7-a","price":3}');
  });

  it('shows a request without a body by its method and path, and raw bytes as they are', () => {
    expect(sentStep('Delete', { method: 'DELETE', path: '/crm/products/r1' })).toBe('Delete: DELETE /crm/products/r1');
    expect(sentStep('raw', { method: 'POST', path: '/crm/products', raw: '{"sku":' })).toBe('raw: POST /crm/products {"sku":');
  });

  it('encodes the query as a URL would carry it', () => {
    expect(sentStep('Read', { method: 'GET', path: '/objects/contacts/a b', query: { idProperty: 'email', properties: 'a&b' } })).toBe('Read: GET /objects/contacts/a b?idProperty=email&properties=a%26b');
  });
});
