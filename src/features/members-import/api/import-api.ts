import { request } from '@esri/arcgis-rest-request';

import { isTransientError, toAppError } from '@/lib/arcgis/arcgis-error';
import { fetchAllPages, type Page } from '@/lib/arcgis/fetch-all-pages';
import { portalAdminRequest } from '@/lib/arcgis/portal-admin';
import { portalRetry, retrying } from '@/lib/arcgis/portal-retry';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { READS_IN_FLIGHT } from '@/lib/arcgis/reads-in-flight';
import { usernamesClause } from '@/lib/arcgis/search-phrase';
import { fetchUserTypeSeats } from '@/lib/arcgis/user-type-seats';
import { mapWithConcurrency } from '@/lib/async/run-in-lanes';

import {
  type OrganizationContext as BaseOrganizationContext,
  type DefaultsAnswer,
  passwordPolicyFrom,
  type PortalPasswordPolicy,
  readUsernameCheck,
  toOrganizationContext,
} from '../core/organization-context';
import type { UsernameHolder } from '../core/taken-username';
import type { ImportGroup, Invitation, PasswordPolicy } from '../core/types';

export type { Invitation } from '../core/types';

/** Everything validation needs to know about the organization, except who already exists. */
export type OrganizationContext = BaseOrganizationContext & { orgId: string };

/** An account the portal did not create, with the portal's reason when it gave one (`invite` gives none). */
export type NotAdded = { username: string; reason?: string };

type RoleJson = { id: string; name: string; privileges?: string[] };

async function get<T>(session: PortalSession, path: string, params: Record<string, unknown> = {}, signal?: AbortSignal) {
  return (await request(`${session.portal}/${path}`, { httpMethod: 'GET', params, authentication: session, signal })) as T;
}

/** The answer, or null when the resource failed: the caller falls back and says so (`notices`). */
const answered = <T>(result: PromiseSettledResult<T>): T | null => (result.status === 'fulfilled' ? result.value : null);

/**
 * Roles, user types with seats, groups, new member defaults and the password policy of the organization.
 * `portals/self` and `portals/self/roles` are required. Every other resource is loaded on its own, because an older
 * portal lacks some of them (`userDefaultSettings` is REST 7.3+): a failed one falls back (defaults → User with no user
 * type, user types → none, password policy → the documented default, groups → none) and adds a notice saying so.
 */
export async function fetchOrganizationContext(session: PortalSession, signal?: AbortSignal): Promise<OrganizationContext> {
  try {
    const portal = await get<{ id: string; isPortal?: unknown }>(session, 'portals/self', {}, signal);
    const [rolePages, userTypes, groupPages, defaults, passwordPolicy] = await Promise.allSettled([
      fetchAllPages<Page & { roles: RoleJson[] }>(session, 'portals/self/roles', { returnPrivileges: true }, signal),
      fetchUserTypeSeats(session, signal),
      // Esri's Python client scopes group searches with `accountid:`; `orgid:` is not known to work for groups.
      fetchAllPages<Page & { results: ImportGroup[] }>(session, 'community/groups', { q: `accountid:${portal.id}` }, signal),
      get<DefaultsAnswer>(session, 'portals/self/userDefaultSettings', {}, signal),
      fetchPasswordPolicy(session, signal),
    ]);
    if (rolePages.status === 'rejected') throw rolePages.reason;
    const defaultsAnswer = answered(defaults);
    return {
      orgId: portal.id,
      portalKind: portal.isPortal === true ? 'enterprise' : 'online',
      ...toOrganizationContext({
        roles: rolePages.value.flatMap((page) => page.roles),
        userTypes: answered(userTypes),
        groups: answered(groupPages)?.flatMap((page) => page.results) ?? null,
        // An answer that is not an object (or an error body rest-js let through) is not a defaults answer.
        defaults: typeof defaultsAnswer === 'object' && defaultsAnswer !== null ? defaultsAnswer : null,
        passwordPolicy: answered(passwordPolicy),
      }),
    };
  } catch (error) {
    throw toAppError(error);
  }
}

/** `portals/self/securityPolicy` → `passwordPolicy` (the documented resource); rejects when it is not there. */
async function fetchPasswordPolicy(session: PortalSession, signal?: AbortSignal): Promise<PasswordPolicy> {
  const { passwordPolicy } = await get<{ passwordPolicy?: PortalPasswordPolicy }>(session, 'portals/self/securityPolicy', {}, signal);
  if (!passwordPolicy) throw new Error('portals/self/securityPolicy has no passwordPolicy');
  return passwordPolicyFrom(passwordPolicy);
}

/** What `community/checkUsernames` said: lower-case names taken, and names it left out (possibly reserved). */
export type UsernameCheckAnswer = { taken: Set<string>; unconfirmed: Set<string> };

/**
 * Names per `checkUsernames` request: the most the portal takes ("Maximum number of usernames … 200" of the ArcGIS
 * limits page; the emulator refuses more, see emulator/README.md), so a large file needs the fewest round trips.
 */
export const USERNAME_CHECK_BATCH = 200;

/**
 * One `community/checkUsernames` request (at most `USERNAME_CHECK_BATCH` names), retried on transient failures. Which
 * operation the limits page's 200 belongs to is not said, so a portal refusing a batch as too large (a 400, not a busy
 * moment) is asked again in halves, down to 100 names a request (what earlier Roster asked, and every portal took).
 */
export async function checkUsernameBatch(session: PortalSession, batch: readonly string[], signal?: AbortSignal): Promise<UsernameCheckAnswer> {
  try {
    const response = await retrying(
      () =>
        request(`${session.portal}/community/checkUsernames`, {
          params: { usernames: batch },
          authentication: session,
          signal,
        }) as Promise<{ usernames?: { requested?: string; suggested?: string }[] }>,
      portalRetry,
      signal,
    );
    return readUsernameCheck(batch, response);
  } catch (error) {
    if (batch.length <= SMALLEST_USERNAME_BATCH || toAppError(error).kind !== 'validation') throw error;
    const half = Math.ceil(batch.length / 2);
    const answers = await Promise.all([checkUsernameBatch(session, batch.slice(0, half), signal), checkUsernameBatch(session, batch.slice(half), signal)]);
    return {
      taken: new Set(answers.flatMap((answer) => [...answer.taken])),
      unconfirmed: new Set(answers.flatMap((answer) => [...answer.unconfirmed])),
    };
  }
}

const SMALLEST_USERNAME_BATCH = 100;

/** `items` in slices of `size`. */
export function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let offset = 0; offset < items.length; offset += size) batches.push(items.slice(offset, offset + size));
  return batches;
}

/**
 * Which usernames are taken, asked of `community/checkUsernames` 100 a request; answers lower-case names. A name the
 * portal left out of its answer is `unconfirmed`: not known to be free (a deleted account may have reserved it). For
 * a handful of names (adding one member); a review's many names go through `username-answers.ts`.
 */
export async function fetchTakenUsernames(
  session: PortalSession,
  usernames: readonly string[],
  onProgress?: (checked: number) => void,
  signal?: AbortSignal,
): Promise<UsernameCheckAnswer> {
  const taken = new Set<string>();
  const unconfirmed = new Set<string>();
  let checked = 0;
  // Several batches at once, each retried on its own: one busy moment of the portal never aborts the review.
  await mapWithConcurrency(batchesOf(usernames, 100), READS_IN_FLIGHT, async (batch) => {
    const answer = await checkUsernameBatch(session, batch, signal);
    for (const name of answer.taken) taken.add(name);
    for (const name of answer.unconfirmed) unconfirmed.add(name);
    checked += batch.length;
    onProgress?.(checked);
  });
  return { taken, unconfirmed };
}

/**
 * Who holds each taken username (lower case), where the portal shows it. The organization's members are searched for
 * first, 50 names a search: a re-imported file's taken names are mostly members, found in one round trip instead of one
 * request each. A name the search does not find (someone in another organization, an account newer than the search
 * index) is asked for on its own, `community/users/{username}`. Names the portal does not show (a reserved or deleted
 * account) are left out: the review says what it knows.
 */
export async function fetchUsernameHolders(session: PortalSession, usernames: readonly string[], signal?: AbortSignal): Promise<Map<string, UsernameHolder>> {
  const holders = new Map<string, UsernameHolder>();
  const wanted = new Set(usernames.map((name) => name.toLowerCase()));
  const keep = (user: HolderJson, key = user.username?.toLowerCase()) => {
    if (key && wanted.has(key) && user.username && user.email) holders.set(key, { fullName: user.fullName ?? '', email: user.email });
  };
  await mapWithConcurrency(batchesOf(usernames, USERNAMES_PER_SEARCH), READS_IN_FLIGHT, async (batch) => {
    try {
      const found = await retrying(
        () => get<{ results?: HolderJson[] }>(session, 'portals/self/users/search', { q: usernamesClause(batch), num: 100 }, signal),
        portalRetry,
        signal,
      );
      for (const user of found.results ?? []) keep(user);
    } catch (error) {
      // Each name is then asked for on its own, below.
      if (toAppError(error).kind === 'auth' || signal?.aborted) throw error;
    }
  });
  const rest = usernames.filter((name) => !holders.has(name.toLowerCase()));
  await mapWithConcurrency(rest, READS_IN_FLIGHT, async (username) => {
    try {
      const user = await retrying(() => get<HolderJson>(session, `community/users/${encodeURIComponent(username)}`, {}, signal), portalRetry, signal);
      keep(user, username.toLowerCase());
    } catch (error) {
      const { kind } = toAppError(error);
      if (kind !== 'not-found' && kind !== 'permission') throw error;
    }
  });
  return holders;
}

type HolderJson = { username?: string; fullName?: string; email?: string };
/** Short enough to stay a GET, as the members table's group filter does. */
const USERNAMES_PER_SEARCH = 50;

/** Lower-case usernames with an invitation the person has not accepted yet; `listed: false` when the portal did not list them. */
export type PendingInvitations = { usernames: Set<string>; listed: boolean };

/** What the review says when the portal did not list its pending invitations (beside `OrganizationContext.notices`). */
export const invitationsNotListedNotice =
  'The portal did not list its pending invitations; they could not be checked, and the portal refuses to invite anyone who already has one.';

export async function fetchPendingInvitationUsernames(session: PortalSession, signal?: AbortSignal): Promise<PendingInvitations> {
  try {
    const pages = await fetchAllPages<Page & { invitations: { username: string }[] }>(session, 'portals/self/invitations', {}, signal, {
      retry: portalRetry,
    });
    return { usernames: new Set(pages.flatMap((page) => page.invitations.map((invitation) => invitation.username.toLowerCase()))), listed: true };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.kind === 'auth' || signal?.aborted) throw appError;
    return { usernames: new Set(), listed: false }; // Not every portal lists invitations; the invite itself will still refuse duplicates.
  }
}

/** The notice pending invitations add to the organization's: none until they are read, or when the portal listed them. */
export const pendingInvitationNotices = (pending: PendingInvitations | undefined): string[] => (pending?.listed === false ? [invitationsNotListedNotice] : []);

/** Sends one batch to `portals/self/invite`; resolves to the usernames the portal did not invite. */
export async function sendInvitations(session: PortalSession, invitations: Invitation[], signal?: AbortSignal): Promise<string[]> {
  const response = (await request(`${session.portal}/portals/self/invite`, {
    params: { invitationList: { invitations }, subject: 'Your ArcGIS account', message: '' },
    authentication: session,
    signal,
  })) as { success?: boolean; notInvited?: string[] };
  return response.notInvited ?? [];
}

/**
 * `createUser`'s documented parameters for one account (DOC create-user: username, password only for `arcgis`,
 * firstname, lastname, email, role, userLicenseTypeId, description, provider, idpUsername). Groups are not among
 * them: the import adds group members once the accounts exist, as it does on ArcGIS Online.
 */
export function createUserParams(invitation: Invitation): Record<string, string> {
  return {
    f: 'json',
    username: invitation.username,
    firstname: invitation.firstname,
    lastname: invitation.lastname,
    email: invitation.email,
    role: invitation.role,
    ...(invitation.userLicenseType ? { userLicenseTypeId: invitation.userLicenseType } : {}),
    ...(invitation.description ? { description: invitation.description } : {}),
    provider: invitation.targetUserProvider,
    ...(invitation.targetUserProvider === 'enterprise'
      ? { idpUsername: invitation.idpUsername ?? invitation.username }
      : invitation.password
        ? { password: invitation.password }
        : {}),
  };
}

/**
 * ArcGIS Enterprise adds members with the Portal Administrator API, one `security/users/createUser` per account (PY
 * `UserManager.create`), never `portals/self/invite`. Resolves to the accounts the portal refused, each with the
 * portal's reason. A transient failure or a lost sign-in is thrown: the run retries or waits, and the refusal that
 * may follow a lost answer ("already exists") is then checked against what the portal holds.
 */
export async function createUsers(session: PortalSession, invitations: Invitation[], signal?: AbortSignal): Promise<NotAdded[]> {
  const refused: NotAdded[] = [];
  for (const invitation of invitations) {
    try {
      await portalAdminRequest(session, 'security/users/createUser', createUserParams(invitation), signal);
    } catch (error) {
      const appError = toAppError(error);
      if (isTransientError(appError) || appError.kind === 'auth' || signal?.aborted) throw appError;
      refused.push({ username: invitation.username, reason: appError.message });
    }
  }
  return refused;
}

/** The account as the portal has it now, or null; used to explain refusals and confirm retried batches. */
export async function fetchMemberEmail(session: PortalSession, username: string): Promise<string | null> {
  try {
    const user = await get<{ username?: string; email?: string; error?: unknown }>(session, `community/users/${encodeURIComponent(username)}`);
    return user.username ? (user.email ?? '') : null;
  } catch (error) {
    const appError = toAppError(error);
    if (appError.kind === 'not-found') return null;
    throw appError;
  }
}
