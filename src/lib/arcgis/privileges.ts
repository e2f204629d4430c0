export type Privileged = { privileges?: readonly string[] };

export function hasPrivilege(user: Privileged | undefined, privilege: string): boolean {
  return user?.privileges?.includes(privilege) ?? false;
}

export const privilegeNames = {
  viewUsers: 'portal:admin:viewUsers',
  inviteUsers: 'portal:admin:inviteUsers',
  manageRoles: 'portal:admin:manageRoles',
  updateUsers: 'portal:admin:updateUsers',
  deleteUsers: 'portal:admin:deleteUsers',
  disableUsers: 'portal:admin:disableUsers',
  changeUserRoles: 'portal:admin:changeUserRoles',
  manageLicenses: 'portal:admin:manageLicenses',
  manageCredits: 'portal:admin:manageCredits',
  assignToGroups: 'portal:admin:assignToGroups',
  viewItems: 'portal:admin:viewItems',
  viewOrgGroups: 'portal:user:viewOrgGroups',
  createGroup: 'portal:user:createGroup',
} as const;
