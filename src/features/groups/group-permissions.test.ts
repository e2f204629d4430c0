import { describe, expect, it } from 'vitest';

import { groupPermissions, groupPrivileges } from './group-permissions';

const admin = Object.values(groupPrivileges);
const viewer = ['portal:user:viewOrgGroups', 'portal:user:joinGroup'];

describe('groupPermissions', () => {
  it('gives an org administrator every action on any group', () => {
    expect(groupPermissions(admin, 'none')).toEqual({ edit: true, delete: true, manageMembers: true, changeManagers: true, reassign: true });
  });

  it('gives a plain member nothing, and a viewer who owns nothing nothing', () => {
    expect(groupPermissions(viewer, 'member')).toEqual({ edit: false, delete: false, manageMembers: false, changeManagers: false, reassign: false });
    expect(groupPermissions(viewer, undefined).edit).toBe(false);
  });

  it('lets owners delete and managers run the group but not delete it', () => {
    expect(groupPermissions(viewer, 'owner')).toMatchObject({ edit: true, delete: true, manageMembers: true, reassign: false });
    expect(groupPermissions(viewer, 'admin')).toMatchObject({ edit: true, delete: false, manageMembers: true, changeManagers: true });
  });
});
