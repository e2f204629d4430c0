/**
 * Sent with every member listing, search and count: system accounts (`esri_*` on Enterprise) are not members anyone
 * administers (`excludeSystemUsers`, as Esri's Python client sends it on `portals/self/users` and `community/users`).
 */
export const systemUsersLeftOut = { excludeSystemUsers: true } as const;
