import { arcgisErrors } from './arcgis-error';
import { privilegesForRoleKey } from '../store/roles-repo';
import type { Store } from '../store/store';
import { findToken, type TokenRow } from '../store/tokens-repo';
import { findUser, roleKeyOf, type UserRow } from '../store/users-repo';

export type Caller = { user: UserRow; privileges: ReadonlySet<string>; token: TokenRow };

/** Resolves an access token to its member. Unknown, expired, refresh-only or disabled-member tokens → 498. */
export function authenticate(store: Store, token: string): Caller {
  const row = findToken(store, token);
  if (!row || row.kind === 'refresh' || row.expires <= Date.now()) throw arcgisErrors.invalidToken();
  const user = findUser(store, row.username);
  if (!user || user.disabled) throw arcgisErrors.invalidToken();
  return { user, privileges: new Set(privilegesForRoleKey(store, roleKeyOf(user))), token: row };
}

export const can = {
  /** Full member details (e-mail, role, license, last login…) of every member. */
  viewAllMembers: (caller: Caller | null) => caller?.privileges.has('portal:admin:viewUsers') ?? false,
  viewAllGroups: (caller: Caller | null) => caller?.privileges.has('portal:admin:viewGroups') ?? false,
  viewAllContent: (caller: Caller | null) => caller?.privileges.has('portal:admin:viewItems') ?? false,
  /** Add members: create accounts and send invitations (`portals/self/invite`). */
  inviteUsers: (caller: Caller | null) => caller?.privileges.has('portal:admin:inviteUsers') ?? false,
  /** Add and remove members of any group. */
  assignToGroups: (caller: Caller | null) => caller?.privileges.has('portal:admin:assignToGroups') ?? false,
  updateUsers: (caller: Caller | null) => caller?.privileges.has('portal:admin:updateUsers') ?? false,
  deleteUsers: (caller: Caller | null) => caller?.privileges.has('portal:admin:deleteUsers') ?? false,
  disableUsers: (caller: Caller | null) => caller?.privileges.has('portal:admin:disableUsers') ?? false,
  changeUserRoles: (caller: Caller | null) => caller?.privileges.has('portal:admin:changeUserRoles') ?? false,
  manageLicenses: (caller: Caller | null) => caller?.privileges.has('portal:admin:manageLicenses') ?? false,
  manageRoles: (caller: Caller | null) => caller?.privileges.has('portal:admin:manageRoles') ?? false,
  createGroup: (caller: Caller | null) => caller?.privileges.has('portal:user:createGroup') ?? false,
  updateGroups: (caller: Caller | null) => caller?.privileges.has('portal:admin:updateGroups') ?? false,
  deleteGroups: (caller: Caller | null) => caller?.privileges.has('portal:admin:deleteGroups') ?? false,
  reassignGroups: (caller: Caller | null) => caller?.privileges.has('portal:admin:reassignGroups') ?? false,
  reassignItems: (caller: Caller | null) => caller?.privileges.has('portal:admin:reassignItems') ?? false,
  receiveItems: (user: { privileges: ReadonlySet<string> }) => user.privileges.has('portal:user:receiveItems'),
  isSelf: (caller: Caller | null, username: string) => caller?.user.username.toLowerCase() === username.toLowerCase(),
};

/** Throws the 403 body unless the caller is allowed. */
export function requireAllowed(allowed: boolean): void {
  if (!allowed) throw arcgisErrors.forbidden();
}
