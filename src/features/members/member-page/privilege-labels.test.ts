import { describe, expect, it } from 'vitest';

import { groupPrivileges } from './privilege-labels';

describe('groupPrivileges', () => {
  it('groups by area in the role editor order, with its labels, and keeps unknown privileges', () => {
    const groups = groupPrivileges([
      'portal:admin:viewUsers',
      'portal:user:joinGroup',
      'premium:user:geocode',
      'portal:user:createItem',
      'portal:publisher:publishTiles',
      'portal:user:joinGroup',
      'custom:thing:doIt',
    ]);
    expect(groups.map((group) => group.area)).toEqual(['General', 'Publisher', 'Premium', 'Administrative', 'Other']);
    expect(groups[0]?.privileges.map((p) => p.label)).toEqual(['Join groups in the organization', 'Create, update and delete content']);
    expect(groups[3]?.privileges).toEqual([{ privilege: 'portal:admin:viewUsers', label: 'View all members' }]);
    expect(groups[4]?.privileges).toEqual([{ privilege: 'custom:thing:doIt', label: 'custom:thing:doIt' }]);
  });
});
