import { describe, expect, it } from 'vitest';
import { requiredAccess } from './route-access';

describe('the access a route needs', () => {
  it('defaults to client viewer for reads and analyst for writes', () => {
    expect(requiredAccess('GET', {})).toBe('viewer');
    expect(requiredAccess('HEAD', undefined)).toBe('viewer');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      expect(requiredAccess(method, {})).toBe('analyst');
  });

  it('takes the route’s declaration over the default', () => {
    expect(requiredAccess('GET', { access: 'admin' })).toBe('admin');
    expect(requiredAccess('POST', { access: 'public' })).toBe('public');
  });
});
