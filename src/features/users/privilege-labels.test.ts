import { describe, expect, it } from 'vitest';

import { groupPrivileges, privilegeArea, privilegeLabel } from './privilege-labels';

describe('privilegeLabel', () => {
  it('turns the last part of a privilege string into words', () => {
    expect(privilegeLabel('portal:admin:viewUsers')).toBe('View users');
    expect(privilegeLabel('portal:publisher:publishFeatures')).toBe('Publish features');
    expect(privilegeLabel('portal:user:shareToGroup')).toBe('Share to group');
    expect(privilegeLabel('portal:admin:manageSecurityMFA')).toBe('Manage security MFA');
    expect(privilegeLabel('features:user:edit')).toBe('Edit features');
    expect(privilegeLabel('premium:user:networkanalysis')).toBe('Network analysis');
  });
});

describe('groupPrivileges', () => {
  it('groups by area in the role editor order and drops duplicates', () => {
    const groups = groupPrivileges([
      'portal:admin:viewUsers',
      'portal:user:joinGroup',
      'premium:user:geocode',
      'portal:user:createItem',
      'portal:publisher:publishTiles',
      'portal:user:joinGroup',
      'custom:thing:doIt',
    ]);
    expect(groups.map((group) => group.area)).toEqual(['General', 'Publisher', 'Premium', 'Administrative', 'Custom']);
    expect(groups[0]?.privileges.map((p) => p.label)).toEqual(['Create item', 'Join group']);
    expect(privilegeArea('premium:publisher:createNotebooks')).toBe('Premium');
  });
});
