import { isBuiltInRoleKey } from './built-in-roles';

/**
 * The member search for everyone holding a role, as the members table writes its role filter: custom-role
 * members report a built-in `role` plus their `roleId`, so a built-in role excludes anyone with a roleId.
 */
export function roleMemberQuery(roleKey: string): string {
  return isBuiltInRoleKey(roleKey) ? `(role:${roleKey} AND NOT roleid:*)` : `roleid:${roleKey}`;
}

/** The members table filtered by the role (`/members?role=…`). */
export function roleMembersHref(roleKey: string): string {
  return `/members?${new URLSearchParams({ role: roleKey }).toString()}`;
}
