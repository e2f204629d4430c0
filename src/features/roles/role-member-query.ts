/**
 * The organization listing's filter for everyone holding a role (`portals/self/users?role=…`, documented), the same
 * filter the members table sends: a built-in role there means members on it without a custom role.
 */
export function roleListingParams(roleKey: string): { role: string } {
  return { role: roleKey };
}

/** The members table filtered by the role (`/members?role=…`). */
export function roleMembersHref(roleKey: string): string {
  return `/members?${new URLSearchParams({ role: roleKey }).toString()}`;
}
