import { describe, expect, it } from 'vitest';

import { toInvitation } from './invitation-json';

describe('toInvitation', () => {
  it('reads the fields Esri’s export reads, and the others when present', () => {
    expect(
      toInvitation({
        id: 'a1',
        username: 'ana.new',
        email: 'ana@example.org',
        role: 'org_user',
        roleId: 'iAAAAAAAAAAAAAAA',
        userLicenseType: 'viewerUT',
        created: 1000,
        expiration: 2000,
        fromUsername: 'portaladmin',
      }),
    ).toEqual({
      id: 'a1',
      username: 'ana.new',
      email: 'ana@example.org',
      role: 'org_user',
      roleId: 'iAAAAAAAAAAAAAAA',
      userTypeId: 'viewerUT',
      created: 1000,
      expiration: 2000,
      invitedBy: 'portaladmin',
    });
  });

  it('says null for what the portal did not report, and reads an inviter object', () => {
    expect(toInvitation({ id: 'b2', email: 'x@example.org', username: '', created: -1, fromUsername: { username: 'boss' } })).toEqual({
      id: 'b2',
      username: null,
      email: 'x@example.org',
      role: null,
      roleId: null,
      userTypeId: null,
      created: null,
      expiration: null,
      invitedBy: 'boss',
    });
  });

  it('drops entries without an id', () => {
    expect(toInvitation({ username: 'x' })).toBeNull();
    expect(toInvitation('x')).toBeNull();
  });
});
