/** Privilege strings the transfer and offboarding check before asking the portal. */
export const transferPrivileges = {
  reassignItems: 'portal:admin:reassignItems',
  ownerReassignItems: 'portal:user:reassignItems',
  receiveItems: 'portal:user:receiveItems',
  reassignGroups: 'portal:admin:reassignGroups',
  createGroup: 'portal:user:createGroup',
  assignToGroups: 'portal:admin:assignToGroups',
  deleteUsers: 'portal:admin:deleteUsers',
  disableUsers: 'portal:admin:disableUsers',
  manageLicenses: 'portal:admin:manageLicenses',
  viewItems: 'portal:admin:viewItems',
} as const;

/** User types that cannot own content (they allow viewing or editing features only). */
export const userTypesWithoutContent: ReadonlySet<string> = new Set(['viewerUT', 'editorUT']);

export type Caller = { username: string; privileges: readonly string[] };

/** An administrator moving someone else's content (`portal:admin:reassignItems`), not an owner moving their own. */
export const isAdminReassigner = (caller: Caller): boolean => caller.privileges.includes(transferPrivileges.reassignItems);

/** Administrators with the reassign privilege may move anyone's items; owners theirs with the user privilege. */
export function canReassignItemsOf(caller: Caller, owner: string): boolean {
  if (isAdminReassigner(caller)) return true;
  return caller.username.toLowerCase() === owner.toLowerCase() && caller.privileges.includes(transferPrivileges.ownerReassignItems);
}
