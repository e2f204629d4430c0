import { describe, expect, it } from 'vitest';

import { roleMemberQuery, roleMembersHref } from './role-member-query';

describe('roleMemberQuery', () => {
  it('finds built-in role holders without custom-role members, and custom roles by id', () => {
    expect(roleMemberQuery('org_admin')).toBe('(role:org_admin AND NOT roleid:*)');
    expect(roleMemberQuery('org_user')).toBe('(role:org_user AND NOT roleid:*)');
    expect(roleMemberQuery('iAAAAAAAAAAAAAAA')).toBe('roleid:iAAAAAAAAAAAAAAA');
  });
  it('links to the members table with the role filter the table reads', () => {
    expect(roleMembersHref('org_publisher')).toBe('/members?role=org_publisher');
    expect(roleMembersHref('iBBBBBBBBBBBBBBB')).toBe('/members?role=iBBBBBBBBBBBBBBB');
  });
});
