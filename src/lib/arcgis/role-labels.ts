/** The portal's built-in roles: three are `role` values, two are fixed `roleId`s every org has. */
export const builtInRoleLabels: Record<string, string> = {
  org_admin: 'Administrator',
  org_publisher: 'Publisher',
  org_user: 'User',
  iAAAAAAAAAAAAAAA: 'Viewer',
  iBBBBBBBBBBBBBBB: 'Data Editor',
};

/**
 * A member's role as people say it. Custom-role members carry a `roleId` (with `role` only naming the
 * base level), so the id wins; `customRoleNames` maps the org's custom role ids to their names.
 */
export function roleLabel(
  member: { role?: string | undefined; roleId?: string | undefined },
  customRoleNames: ReadonlyMap<string, string> = new Map(),
): string {
  if (member.roleId) return customRoleNames.get(member.roleId) ?? builtInRoleLabels[member.roleId] ?? 'Custom role';
  return builtInRoleLabels[member.role ?? ''] ?? member.role ?? '';
}
