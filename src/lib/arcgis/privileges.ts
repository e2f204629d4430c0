export type Privileged = { privileges?: readonly string[] };

export function hasPrivilege(user: Privileged | undefined, privilege: string): boolean {
  return user?.privileges?.includes(privilege) ?? false;
}

export const privilegeNames = {
  viewUsers: 'portal:admin:viewUsers',
  inviteUsers: 'portal:admin:inviteUsers',
  manageRoles: 'portal:admin:manageRoles',
} as const;
