import { describe, expect, it } from 'vitest';

import { fieldCrewGroupId, memberImportContext, parksGroupId } from '@/testing/fixtures/members-import/member-import-context';

import { splitGroupsCell } from './apply-member-mapping';
import { groupCell, groupTitles, joinGroupsCell, roleCell, roleName, userTypeCell, userTypeName, withGroupsAdded } from './review-values';

const organization = memberImportContext({
  groups: [
    { id: fieldCrewGroupId, title: 'Field Crew' },
    { id: parksGroupId, title: 'Parks, Trails' },
    { id: 'b'.repeat(32), title: 'Twins' },
    { id: 'c'.repeat(32), title: 'twins' },
  ],
});

describe('review values', () => {
  it('names roles and user types by name when the name leads back to them', () => {
    expect(roleCell(organization, 'org_user')).toBe('User');
    expect(roleCell(organization, 'iAAAAAAAAAAAAAAA')).toBe('Viewer');
    expect(userTypeCell(organization, 'creatorUT')).toBe('Creator');
    // Viewer is the role's name first: a user type named Viewer still resolves as a user type.
    expect(userTypeCell(organization, 'viewerUT')).toBe('Viewer');
    expect(roleName(organization, 'org_publisher', 'publisher')).toBe('Publisher');
    expect(roleName(organization, '', 'superuser')).toBe('superuser');
    expect(userTypeName(organization, 'creatorUT', '')).toBe('Creator');
  });

  it('writes group titles unless a title is shared or would be split', () => {
    expect(groupCell(organization, fieldCrewGroupId)).toBe('Field Crew');
    expect(groupCell(organization, parksGroupId)).toBe(parksGroupId);
    expect(groupCell(organization, 'b'.repeat(32))).toBe('b'.repeat(32));
  });

  it('adds groups to a cell once, and the cell reads back as the same references', () => {
    expect(withGroupsAdded('', [fieldCrewGroupId], organization)).toBe('Field Crew');
    expect(withGroupsAdded('field crew', [fieldCrewGroupId, parksGroupId], organization)).toBe(`field crew; ${parksGroupId}`);
    expect(splitGroupsCell(joinGroupsCell(['Parks, Trails']))).toEqual(['Parks, Trails']);
    expect(groupTitles(`Field Crew; ${parksGroupId}; Nowhere`, organization)).toEqual(['Field Crew', 'Parks, Trails', 'Nowhere']);
  });
});
