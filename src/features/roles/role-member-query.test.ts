import { describe, expect, it } from 'vitest';

import { roleListingParams, roleMembersHref } from './role-member-query';

describe('roleListingParams', () => {
  it('filters the organization listing by the role key, built-in or custom', () => {
    expect(roleListingParams('org_admin')).toEqual({ role: 'org_admin' });
    expect(roleListingParams('iAAAAAAAAAAAAAAA')).toEqual({ role: 'iAAAAAAAAAAAAAAA' });
  });
});

describe('roleMembersHref', () => {
  it('opens the members table filtered by the role', () => {
    expect(roleMembersHref('iAAAAAAAAAAAAAAA')).toBe('/members?role=iAAAAAAAAAAAAAAA');
  });
});
