import { request } from '@esri/arcgis-rest-request';

import { toAppError } from '@/lib/arcgis/arcgis-error';
import { fetchAllPages } from '@/lib/arcgis/fetch-all-pages';
import { portalAdminRequest } from '@/lib/arcgis/portal-admin';
import type { PortalSession } from '@/lib/arcgis/portal-session';

import type { CreateAccount } from '../enterprise/add-enterprise-accounts';
import type { EnterpriseAccount } from '../enterprise/enterprise-review';

/** The most accounts one identity-store answer may hold; a real portal's examples ask for 1,000. */
export const IDENTITY_STORE_MAX_COUNT = 10_000;

type AccountsAnswer = { users?: unknown; hasMore?: unknown };

function accountsOf(answer: AccountsAnswer): { accounts: EnterpriseAccount[]; hasMore: boolean } {
  const users = Array.isArray(answer.users) ? (answer.users as Record<string, unknown>[]) : [];
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    accounts: users
      .filter((user) => text(user.username) !== '')
      .map((user) => ({ username: text(user.username), fullname: text(user.fullname), email: text(user.email), description: text(user.description) })),
    hasMore: answer.hasMore === true,
  };
}

/** DOC search-enterprise-users: accounts of the identity store (Active Directory, LDAP) matching `filter`. */
export async function searchEnterpriseUsers(session: PortalSession, filter: string, signal?: AbortSignal) {
  return accountsOf(await portalAdminRequest<AccountsAnswer>(session, 'security/users/searchEnterpriseUsers', { f: 'json', filter, maxCount: 100 }, signal));
}

/** DOC search-enterprise-groups: `{groups:[{rolename}], hasMore}`. */
export async function searchEnterpriseGroups(session: PortalSession, filter: string, signal?: AbortSignal) {
  const answer = await portalAdminRequest<{ groups?: { rolename?: unknown }[]; hasMore?: unknown }>(
    session,
    'security/groups/searchEnterpriseGroups',
    { f: 'json', filter, maxCount: 100 },
    signal,
  );
  return {
    names: (answer.groups ?? []).flatMap((group) => (typeof group.rolename === 'string' ? [group.rolename] : [])),
    hasMore: answer.hasMore === true,
  };
}

/** DOC get-users-within-enterprise-group: every account of one enterprise group (up to IDENTITY_STORE_MAX_COUNT). */
export async function usersWithinEnterpriseGroup(session: PortalSession, groupName: string, signal?: AbortSignal) {
  return accountsOf(
    await portalAdminRequest<AccountsAnswer>(
      session,
      'security/groups/getUsersWithinEnterpriseGroup',
      { f: 'json', groupName, filter: '', maxCount: IDENTITY_STORE_MAX_COUNT },
      signal,
    ),
  );
}

/** What the security configuration says about enterprise accounts; `null` where it did not say. */
export type EnterpriseSecurity = { automaticRegistration: boolean | null; identityStoreType: string | null };

/** DOC security-configuration. `enableAutomaticAccountCreation` is documented as `"<true|false>"`: read both forms. */
export async function fetchEnterpriseSecurity(session: PortalSession, signal?: AbortSignal): Promise<EnterpriseSecurity> {
  const config = await portalAdminRequest<{ enableAutomaticAccountCreation?: unknown; userStoreConfig?: { type?: unknown } }>(
    session,
    'security/config',
    { f: 'json' },
    signal,
  );
  const flag = config.enableAutomaticAccountCreation;
  return {
    automaticRegistration: flag === true || flag === 'true' ? true : flag === false || flag === 'false' ? false : null,
    identityStoreType: typeof config.userStoreConfig?.type === 'string' ? config.userStoreConfig.type : null,
  };
}

type OrgUsersPage = { nextStart: number; users?: { username?: unknown; idpUsername?: unknown }[] };

/**
 * Lower-case logins of the members who sign in through the identity store: their usernames and `idpUsername`s, from
 * the organization listing filtered by `provider=enterprise` (DOC users; PY `_org_users_page`).
 */
export async function fetchEnterpriseMemberLogins(session: PortalSession, signal?: AbortSignal): Promise<Set<string>> {
  try {
    const pages = await fetchAllPages<OrgUsersPage>(session, 'portals/self/users', { provider: 'enterprise', excludeSystemUsers: true }, signal);
    const logins = new Set<string>();
    for (const user of pages.flatMap((page) => page.users ?? [])) {
      for (const value of [user.username, user.idpUsername]) if (typeof value === 'string' && value) logins.add(value.toLowerCase());
    }
    return logins;
  } catch (error) {
    throw toAppError(error);
  }
}

/** DOC create-user with `provider=enterprise`: the account signs in with its directory login; no password. */
export async function createEnterpriseUser(session: PortalSession, account: CreateAccount, signal?: AbortSignal): Promise<void> {
  await portalAdminRequest(session, 'security/users/createUser', { f: 'json', ...account, provider: 'enterprise', idpUsername: account.username }, signal);
}

/** The member now holding `username`, to tell "created by our earlier attempt" from "someone else's": null = none. */
export async function fetchMemberLogin(
  session: PortalSession,
  username: string,
  signal?: AbortSignal,
): Promise<{ provider: string; idpUsername: string } | null> {
  try {
    const user = (await request(`${session.portal}/community/users/${encodeURIComponent(username)}`, {
      httpMethod: 'GET',
      authentication: session,
      signal,
    })) as { provider?: unknown; idpUsername?: unknown };
    return { provider: typeof user.provider === 'string' ? user.provider : '', idpUsername: typeof user.idpUsername === 'string' ? user.idpUsername : '' };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.kind === 'not-found') return null;
    throw appError;
  }
}
