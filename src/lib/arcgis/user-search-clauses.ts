import { request } from '@esri/arcgis-rest-request';
import { queryOptions } from '@tanstack/react-query';

import { isTransientError, toAppError } from './arcgis-error';
import type { PortalSession } from './portal-session';
import { searchPhrase } from './search-phrase';

/**
 * Member search (`portals/self/users/search`) clauses Roster would like to use but that no Esri document or client
 * shows a real portal honouring: `lastlogin:`, `disabled:`, `roleid:`, `userlicensetype:` and `provider:`. Each is
 * probed once per session; where the portal does not honour one, the filter that needs it is offered disabled with
 * the reason, never answered with a wrong count.
 */
export type UserSearchClauses = { lastLogin: boolean; disabled: boolean; roleId: boolean; userType: boolean; provider: boolean };

export const clauseNames: Record<keyof UserSearchClauses, string> = {
  lastLogin: 'last sign-in',
  disabled: 'status (active or disabled)',
  roleId: 'custom role',
  userType: 'user type',
  provider: 'identity provider',
};

type UserJson = { username?: string; roleId?: string | null; userLicenseTypeId?: string; provider?: string; lastLogin?: number };

/**
 * A clause is honoured when, for one known member, a query that must find them does and one that must not does
 * not. Both halves matter: a portal that ignores an unknown field finds the member either way, one that treats it as
 * a field nobody has finds them neither way.
 */
export type ClauseProbe = { mustFind: string; mustNotFind: string };

const quoted = searchPhrase;

/** The probes for one member's own record (pure, so it can be tested). `withRole`: a member who holds a listed role. */
export function clauseProbes(
  self: UserJson,
  now: number,
  withRole: { username: string; roleId: string } | null,
): Record<keyof UserSearchClauses, ClauseProbe | null> {
  const me = `username:${quoted(self.username ?? '')}`;
  const signedIn = typeof self.lastLogin === 'number' && self.lastLogin > 0;
  // The range must hold the member's own last sign-in, which the portal stamped by its clock moments ago: a browser
  // clock a few seconds behind the portal's would otherwise leave it out and take the clause for not honoured.
  const latest = String(Math.max(now, signedIn ? (self.lastLogin ?? 0) : 0));
  const holder = withRole ? `username:${quoted(withRole.username)}` : null;
  const type = self.userLicenseTypeId;
  const provider = self.provider === 'enterprise' ? 'enterprise' : 'arcgis';
  return {
    lastLogin: signedIn
      ? { mustFind: `${me} AND lastlogin:[1 TO ${latest}]`, mustNotFind: `${me} AND lastlogin:-1` }
      : { mustFind: `${me} AND lastlogin:-1`, mustNotFind: `${me} AND lastlogin:[1 TO ${latest}]` },
    disabled: { mustFind: `${me} AND disabled:false`, mustNotFind: `${me} AND disabled:true` },
    // Someone must hold a listed role for `roleid:` to be told apart from a field nobody has.
    roleId: holder && withRole ? { mustFind: `${holder} AND roleid:${withRole.roleId}`, mustNotFind: `${holder} AND NOT roleid:*` } : null,
    userType: type ? { mustFind: `${me} AND userlicensetype:${type}`, mustNotFind: `${me} AND NOT userlicensetype:${type}` } : null,
    provider: { mustFind: `${me} AND provider:${provider}`, mustNotFind: `${me} AND provider:${provider === 'arcgis' ? 'enterprise' : 'arcgis'}` },
  };
}

async function count(session: PortalSession, q: string, signal?: AbortSignal): Promise<number> {
  const answer = (await request(`${session.portal}/portals/self/users/search`, {
    httpMethod: 'GET',
    params: { q, start: 1, num: 0 },
    authentication: session,
    signal,
  })) as { total?: number };
  return answer.total ?? 0;
}

async function honoured(session: PortalSession, probe: ClauseProbe | null, signal?: AbortSignal): Promise<boolean> {
  if (!probe) return false;
  try {
    const [found, notFound] = await Promise.all([count(session, probe.mustFind, signal), count(session, probe.mustNotFind, signal)]);
    return found === 1 && notFound === 0;
  } catch (error) {
    // A portal that refuses the clause (400, 403) does not honour it; anything else (a dropped connection) is not an answer.
    const { kind } = toAppError(error);
    if (kind === 'validation' || kind === 'permission') return false;
    throw error;
  }
}

/** A member holding one of the organization's listed roles, found through the documented listing's `role` parameter. */
async function findRoleHolder(session: PortalSession, signal?: AbortSignal): Promise<{ username: string; roleId: string } | null> {
  const { roles = [] } = (await request(`${session.portal}/portals/self/roles`, {
    httpMethod: 'GET',
    params: { start: 1, num: 100 },
    authentication: session,
    signal,
  })) as { roles?: { id: string }[] };
  for (const role of roles) {
    const { users = [] } = (await request(`${session.portal}/portals/self/users`, {
      httpMethod: 'GET',
      params: { role: role.id, start: 1, num: 1 },
      authentication: session,
      signal,
    })) as { users?: UserJson[] };
    const holder = users[0];
    if (holder?.username) return { username: holder.username, roleId: role.id };
  }
  return null;
}

export async function probeUserSearchClauses(session: PortalSession, signal?: AbortSignal): Promise<UserSearchClauses> {
  try {
    const [self, holder] = await Promise.all([
      request(`${session.portal}/community/self`, { httpMethod: 'GET', authentication: session, signal }) as Promise<UserJson>,
      // A refused roles listing leaves the clause unprobed; a portal that did not answer is asked again (the query
      // retries), never taken as "nobody holds a listed role" for the rest of the session.
      findRoleHolder(session, signal).catch((error: unknown) => {
        if (isTransientError(error)) throw error;
        return null;
      }),
    ]);
    const probes = clauseProbes(self, Date.now(), holder);
    const [lastLogin, disabled, roleId, userType, provider] = await Promise.all([
      honoured(session, probes.lastLogin, signal),
      honoured(session, probes.disabled, signal),
      // No member holds a listed role: every member is on a built-in role, so "no custom role" holds for all.
      holder ? honoured(session, probes.roleId, signal) : Promise.resolve(true),
      honoured(session, probes.userType, signal),
      honoured(session, probes.provider, signal),
    ]);
    return { lastLogin, disabled, roleId, userType, provider };
  } catch (error) {
    throw toAppError(error);
  }
}

export const userSearchClauseQueries = {
  supported: (session: PortalSession) =>
    queryOptions({
      queryKey: ['self', 'user-search-clauses'],
      queryFn: ({ signal }) => probeUserSearchClauses(session, signal),
      staleTime: Infinity,
    }),
};
