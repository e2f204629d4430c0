import { describe, expect, it } from 'vitest';

import { defaultPasswordPolicy } from './member-field-rules';
import { type OrganizationAnswers, organizationNotices, readUsernameCheck, toOrganizationContext } from './organization-context';

const roles: OrganizationAnswers['roles'] = [
  { id: 'iAAAAAAAAAAAAAAA', name: 'Viewer', privileges: ['portal:user:joinGroup'] },
  { id: 'hd1', name: 'Help Desk', privileges: ['portal:admin:viewUsers'] },
  { id: 'tp1', name: 'tiles_publisher', privileges: ['portal:publisher:publishTiles'] },
];

const everything: OrganizationAnswers = {
  roles,
  userTypes: [
    { id: 'creatorUT', name: 'Creator', left: 7, compatibleRoles: ['org_admin', 'org_user', 'iAAAAAAAAAAAAAAA'] },
    { id: 'viewerUT', name: 'Viewer', left: 50, compatibleRoles: ['iAAAAAAAAAAAAAAA'] },
  ],
  groups: [{ id: 'g1', title: 'All Staff' }],
  defaults: { role: 'iAAAAAAAAAAAAAAA', userLicenseType: 'viewerUT', groups: ['g1'] },
  passwordPolicy: { ...defaultPasswordPolicy, minLength: 12 },
};

describe('toOrganizationContext', () => {
  it('adds the built-in roles, derives custom base roles and lists user types least capable first', () => {
    const context = toOrganizationContext(everything);
    expect(context.roles.map((role) => [role.id, role.role])).toEqual([
      ['org_admin', 'org_admin'],
      ['org_publisher', 'org_publisher'],
      ['org_user', 'org_user'],
      ['iAAAAAAAAAAAAAAA', 'org_user'],
      ['hd1', 'org_admin'],
      ['tp1', 'org_publisher'],
    ]);
    expect(context.userTypes?.map((type) => [type.id, type.seatsLeft])).toEqual([
      ['viewerUT', 50],
      ['creatorUT', 7],
    ]);
    expect(context.defaults).toEqual({ roleId: 'iAAAAAAAAAAAAAAA', userTypeId: 'viewerUT', groupIds: ['g1'] });
    expect(context.passwordPolicy.minLength).toBe(12);
    expect(context.notices).toEqual([]);
  });

  it('keeps seats and allowed roles the portal did not report as null, never as unlimited or "every role"', () => {
    const context = toOrganizationContext({
      ...everything,
      userTypes: [
        { id: 'creatorUT', name: 'Creator', left: null, compatibleRoles: null },
        { id: 'viewerUT', name: 'Viewer', left: 3, compatibleRoles: ['iAAAAAAAAAAAAAAA'] },
      ],
    });
    expect(context.userTypes).toEqual([
      { id: 'viewerUT', name: 'Viewer', seatsLeft: 3, compatibleRoleIds: ['iAAAAAAAAAAAAAAA'] },
      { id: 'creatorUT', name: 'Creator', seatsLeft: null, compatibleRoleIds: null },
    ]);
    expect(context.notices).toEqual([organizationNotices.seatsMissing(['Creator']), organizationNotices.compatibilityMissing]);
    expect(context.notices[0]).toBe(
      'The portal did not report the seats left for Creator; Roster does not check them, and the portal refuses a ' + 'member it has no seat for.',
    );
  });

  it('falls back to User with no user type and no groups when the portal did not report its defaults, and says so', () => {
    const context = toOrganizationContext({ ...everything, defaults: null });
    expect(context.defaults).toEqual({ roleId: 'org_user', userTypeId: '', groupIds: [] });
    expect(context.notices).toEqual([organizationNotices.defaultsMissing]);
    expect(context.notices[0]).toMatch(/^The portal did not report its new-member defaults; Roster uses User with no user type/);
  });

  it('reads an empty defaults answer ({}) as User with no user type, with a notice', () => {
    const context = toOrganizationContext({ ...everything, defaults: {} });
    expect(context.defaults).toEqual({ roleId: 'org_user', userTypeId: '', groupIds: [] });
    expect(context.notices).toEqual([organizationNotices.defaultsEmpty]);
  });

  it('has no user types (null) when the portal did not list them, and says the field is optional', () => {
    const context = toOrganizationContext({ ...everything, userTypes: null });
    expect(context.userTypes).toBeNull();
    expect(context.notices).toEqual([organizationNotices.userTypesMissing]);
  });

  it('checks the documented default password policy when the portal did not report one, and says so', () => {
    const context = toOrganizationContext({ ...everything, passwordPolicy: null });
    expect(context.passwordPolicy).toEqual(defaultPasswordPolicy);
    expect(defaultPasswordPolicy).toEqual({ minLength: 8, requireLetter: true, requireDigit: true });
    expect(context.notices).toEqual([organizationNotices.passwordPolicyMissing]);
  });

  it('has no groups (null) when the portal did not list them, and says so', () => {
    const context = toOrganizationContext({ ...everything, groups: null });
    expect(context.groups).toBeNull();
    expect(context.notices).toEqual([organizationNotices.groupsMissing]);
  });
});

describe('readUsernameCheck', () => {
  it('reads a name as taken when the portal suggests another, comparing without case', () => {
    const answer = {
      usernames: [
        { requested: 'Ana.Lima', suggested: 'Ana.Lima1' },
        { requested: 'nora.quinn', suggested: 'Nora.Quinn' },
      ],
    };
    expect(readUsernameCheck(['Ana.Lima', 'nora.quinn'], answer)).toEqual({
      taken: new Set(['ana.lima']),
      unconfirmed: new Set(),
    });
  });

  it('reads a name left out of the answer, or answered without a suggestion, as unconfirmed, not free', () => {
    const answer = { usernames: [{ requested: 'blank.one' }, { requested: 'free.one', suggested: 'free.one' }] };
    expect(readUsernameCheck(['Deleted.Once', 'blank.one', 'free.one'], answer)).toEqual({
      taken: new Set(),
      unconfirmed: new Set(['deleted.once', 'blank.one']),
    });
    expect(readUsernameCheck(['someone'], {}).unconfirmed).toEqual(new Set(['someone']));
  });
});
