import { describe, expect, it } from 'vitest';

import { allowedMemberActions } from './member-action-privileges';

describe('allowedMemberActions', () => {
  it('offers only what the privileges allow', () => {
    expect(allowedMemberActions(['portal:user:joinGroup', 'portal:admin:viewUsers'])).toEqual([]);
    expect(allowedMemberActions(['portal:admin:disableUsers', 'portal:admin:changeUserRoles'])).toEqual(['role', 'disable', 'enable']);
    expect(
      allowedMemberActions([
        'portal:admin:changeUserRoles',
        'portal:admin:manageLicenses',
        'portal:admin:assignToGroups',
        'portal:admin:disableUsers',
        'portal:admin:deleteUsers',
      ]),
    ).toEqual(['role', 'userType', 'addToGroup', 'removeFromGroup', 'disable', 'enable', 'delete', 'assignLicense', 'revokeLicense']);
  });
});
