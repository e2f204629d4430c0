import { describe, expect, it } from 'vitest';

import { roleConflicts, roleConflictText } from './role-compatibility';
import { testMember } from '../testing-members';
import type { UserTypeSeats } from '../types';

const type = (id: string, name: string, compatibleRoles: string[] | null): UserTypeSeats => ({
  id,
  name,
  purchased: null,
  assigned: null,
  left: null,
  compatibleRoles,
});
const roles = [
  { key: 'org_publisher', name: 'Publisher' },
  { key: 'iAAAAAAAAAAAAAAA', name: 'Viewer' },
];

describe('roleConflicts', () => {
  const types = [
    type('creatorUT', 'Creator', null),
    type('editorUT', 'Contributor', ['iAAAAAAAAAAAAAAA', 'iBBBBBBBBBBBBBBB']),
    type('viewerUT', 'Viewer', ['iAAAAAAAAAAAAAAA']),
  ];

  it('lists, per role, the members whose user type does not allow it; every role stays listed', () => {
    const members = [testMember('a', { userTypeId: 'editorUT' }), testMember('b', { userTypeId: 'creatorUT' }), testMember('c', { userTypeId: 'viewerUT' })];
    const conflicts = roleConflicts(roles, members, types);
    expect(conflicts.get('org_publisher')).toEqual([
      { username: 'a', userTypeName: 'Contributor' },
      { username: 'c', userTypeName: 'Viewer' },
    ]);
    expect(conflicts.has('iAAAAAAAAAAAAAAA')).toBe(false);
  });

  it('says nothing where the portal does not report compatibility', () => {
    const unreported = [type('editorUT', 'Contributor', null)];
    expect(roleConflicts(roles, [testMember('a', { userTypeId: 'editorUT' })], unreported).size).toBe(0);
    expect(roleConflicts(roles, [testMember('a', { userTypeId: undefined })], types).size).toBe(0);
  });
});

describe('roleConflictText', () => {
  const contributor = (username: string) => ({ username, userTypeName: 'Contributor' });
  it('reads for one member, for all and for some', () => {
    expect(roleConflictText([contributor('a')], 1)).toBe('Not allowed for their user type, Contributor');
    expect(roleConflictText([contributor('a'), { username: 'b', userTypeName: 'Viewer' }], 2)).toBe(
      'Not allowed for any of the 2 selected (Contributor, Viewer)',
    );
    expect(roleConflictText([contributor('a'), contributor('b')], 5)).toBe('Not allowed for 2 of 5 selected: a, b (Contributor)');
    expect(roleConflictText(['a', 'b', 'c', 'd'].map(contributor), 1500)).toBe('Not allowed for 4 of 1,500 selected: a, b, c and 1 other (Contributor)');
    expect(roleConflictText(['a', 'b', 'c', 'd', 'e'].map(contributor), 9)).toContain('a, b, c and 2 others');
  });
});
