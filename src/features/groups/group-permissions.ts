import type { MemberType } from './types';

export const groupPrivileges = {
  createGroup: 'portal:user:createGroup',
  viewOrgGroups: 'portal:user:viewOrgGroups',
  updateGroups: 'portal:admin:updateGroups',
  deleteGroups: 'portal:admin:deleteGroups',
  reassignGroups: 'portal:admin:reassignGroups',
  assignToGroups: 'portal:admin:assignToGroups',
} as const;

export type GroupPermissions = {
  edit: boolean;
  delete: boolean;
  /** Add and remove members. */
  manageMembers: boolean;
  /** Make members managers and back. */
  changeManagers: boolean;
  reassign: boolean;
};

/**
 * What the signed-in member may do to one group, as the portal decides it: owners and managers run their
 * group, administrators need the matching admin privilege. The portal refuses anything else anyway.
 */
export function groupPermissions(privileges: readonly string[], memberType: MemberType | 'none' | undefined): GroupPermissions {
  const has = (privilege: string) => privileges.includes(privilege);
  const runsGroup = memberType === 'owner' || memberType === 'admin';
  return {
    edit: runsGroup || has(groupPrivileges.updateGroups),
    delete: memberType === 'owner' || has(groupPrivileges.deleteGroups),
    manageMembers: runsGroup || has(groupPrivileges.assignToGroups),
    changeManagers: runsGroup || has(groupPrivileges.updateGroups) || has(groupPrivileges.assignToGroups),
    reassign: has(groupPrivileges.reassignGroups),
  };
}
