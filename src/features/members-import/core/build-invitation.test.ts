import { describe, expect, it } from 'vitest';

import { buildInvitation } from './build-invitation';
import type { MemberRow } from './types';

const row: MemberRow = {
  line: 2,
  firstName: 'Ana',
  lastName: 'Lopez',
  fullName: '',
  email: 'ana@example.org',
  username: 'alopez01',
  password: 'Welcome.2026',
  role: 'user',
  userType: '',
  groups: ['Field Crew'],
  description: '',
  idpUsername: '',
  accountKind: 'builtin',
};
const resolved = { roleId: 'org_user', userTypeId: 'creatorUT', groupIds: ['g1'] };

describe('buildInvitation', () => {
  it('sends built-in accounts with their password and resolved ids, without groups', () => {
    expect(buildInvitation(row, resolved)).toEqual({
      username: 'alopez01',
      password: 'Welcome.2026',
      firstname: 'Ana',
      lastname: 'Lopez',
      fullname: 'Ana Lopez',
      email: 'ana@example.org',
      role: 'org_user',
      userLicenseType: 'creatorUT',
      groups: '',
      targetUserProvider: 'arcgis',
    });
  });

  it('sends enterprise accounts without a password, with their identity-provider name', () => {
    const invitation = buildInvitation({ ...row, accountKind: 'enterprise', username: 'DOMAIN\\ana' }, resolved);
    expect(invitation).not.toHaveProperty('password');
    expect(invitation).toMatchObject({ targetUserProvider: 'enterprise', idpUsername: 'DOMAIN\\ana' });
  });

  it('leaves userLicenseType out when the row has no user type (the portal listed none): the portal decides', () => {
    const invitation = buildInvitation(row, { ...resolved, userTypeId: null });
    expect(invitation).not.toHaveProperty('userLicenseType');
    expect(invitation.role).toBe('org_user');
  });
});
