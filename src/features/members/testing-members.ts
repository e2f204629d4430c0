import type { Member } from './types';

/** A member for unit tests; override what the test is about. */
export function testMember(username: string, overrides: Partial<Member> = {}): Member {
  return {
    username,
    fullName: `Name of ${username}`,
    email: `${username}@example.org`,
    role: 'org_user',
    roleId: undefined,
    userTypeId: 'creatorUT',
    lastLogin: null,
    created: 0,
    disabled: false,
    provider: 'arcgis',
    idpUsername: '',
    ...overrides,
  };
}
