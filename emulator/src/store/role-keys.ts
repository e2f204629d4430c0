import { isBuiltInRole, reportedRole } from './privileges';
import { findRole, privilegesForRoleKey, rolePrivileges } from './roles-repo';
import type { Store } from './store';

export type ResolvedRole = {
  /** `org_admin|org_publisher|org_user` or a role id, as stored. */
  key: string;
  privileges: readonly string[];
  /** What the member is reported with: custom roles report the built-in role they resemble. */
  role: string;
  roleid: string | null;
};

/** Resolves a role value from a request: a built-in role (case-insensitive) or a role id. */
export function resolveRoleKey(store: Store, value: string): ResolvedRole | undefined {
  const lower = value.trim().toLowerCase();
  if (isBuiltInRole(lower)) return { key: lower, privileges: privilegesForRoleKey(store, lower), role: lower, roleid: null };
  const role = findRole(store, value.trim());
  if (!role) return undefined;
  const privileges = rolePrivileges(role);
  return { key: role.id, privileges, role: reportedRole(privileges), roleid: role.id };
}
