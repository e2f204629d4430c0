import { describe, expect, it } from 'vitest';

import { defaultPasswordPolicy } from './member-field-rules';
import { passwordPolicyFrom, toOrganizationContext } from './organization-context';

describe('toOrganizationContext', () => {
  it('adds the built-in roles, derives custom base roles and lists user types least capable first', () => {
    const context = toOrganizationContext({
      roles: [
        { id: 'iAAAAAAAAAAAAAAA', name: 'Viewer', privileges: ['portal:user:joinGroup'] },
        { id: 'hd1', name: 'Help Desk', privileges: ['portal:admin:viewUsers'] },
        { id: 'tp1', name: 'tiles_publisher', privileges: ['portal:publisher:publishTiles'] },
      ],
      userTypes: [
        { id: 'creatorUT', name: 'Creator', availableUsers: 7, compatibleRoles: ['org_admin', 'org_user', 'iAAAAAAAAAAAAAAA'] },
        { id: 'viewerUT', name: 'Viewer', availableUsers: 50, compatibleRoles: ['iAAAAAAAAAAAAAAA'] },
      ],
      groups: [{ id: 'g1', title: 'All Staff' }],
      defaults: { role: 'iAAAAAAAAAAAAAAA', userLicenseType: 'viewerUT', groups: ['g1'] },
      passwordPolicy: defaultPasswordPolicy,
    });
    expect(context.roles.map((role) => [role.id, role.role])).toEqual([
      ['org_admin', 'org_admin'],
      ['org_publisher', 'org_publisher'],
      ['org_user', 'org_user'],
      ['iAAAAAAAAAAAAAAA', 'org_user'],
      ['hd1', 'org_admin'],
      ['tp1', 'org_publisher'],
    ]);
    expect(context.userTypes.map((type) => [type.id, type.seatsLeft])).toEqual([
      ['viewerUT', 50],
      ['creatorUT', 7],
    ]);
    expect(context.defaults).toEqual({ roleId: 'iAAAAAAAAAAAAAAA', userTypeId: 'viewerUT', groupIds: ['g1'] });
  });
});

describe('passwordPolicyFrom', () => {
  it('reads the portal counts, defaulting what is missing', () => {
    expect(passwordPolicyFrom(undefined)).toEqual(defaultPasswordPolicy);
    expect(passwordPolicyFrom({ minLength: 12, minUpper: 1, minDigit: 0 })).toEqual({
      minLength: 12,
      requireLetter: true,
      requireDigit: false,
      requireUpperCase: true,
      requireLowerCase: false,
      requireSpecialChar: false,
    });
  });
});
