import type { IUser } from '@esri/arcgis-rest-portal';
import { request } from '@esri/arcgis-rest-request';
import { queryOptions } from '@tanstack/react-query';

import { toAppError } from './arcgis-error';
import type { PortalSession } from './portal-session';
import { roleLabel } from './role-labels';

export type SignedInMember = {
  username: string;
  fullName: string;
  roleLabel: string;
  privileges: string[];
};

export type Organization = {
  id: string;
  name: string;
  /** ArcGIS Enterprise (`isPortal: true`): members are added with the Portal Administrator API, seats come from its licence. */
  isEnterprise: boolean;
};

export const selfQueries = {
  all: () => ['self'] as const,
  member: (session: PortalSession) =>
    queryOptions({
      queryKey: [...selfQueries.all(), 'member'],
      queryFn: () => fetchSignedInMember(session),
      staleTime: Infinity,
    }),
  organization: (session: PortalSession) =>
    queryOptions({
      queryKey: [...selfQueries.all(), 'organization'],
      queryFn: () => fetchOrganization(session),
      staleTime: Infinity,
    }),
};

/** `community/self`: the signed-in member with the privileges that decide what Roster shows. */
async function fetchSignedInMember(session: PortalSession): Promise<SignedInMember> {
  try {
    // Not session.getUser(): rest-js keeps its first answer for the whole session, and a profile edit must show.
    const user = (await request(`${session.portal}/community/self`, { httpMethod: 'GET', authentication: session })) as IUser;
    return {
      username: user.username ?? session.username,
      fullName: user.fullName ?? user.username ?? session.username,
      roleLabel: roleLabel(user),
      privileges: user.privileges ?? [],
    };
  } catch (error) {
    throw toAppError(error);
  }
}

/** `portals/self`: the organization's name for the shell, and which kind of portal it is. */
async function fetchOrganization(session: PortalSession): Promise<Organization> {
  try {
    // Not session.getPortal(): rest-js keeps a failed answer for good, so the name would never load after an outage.
    // `isPortal` is missing from some answers, whatever rest-js's type says: read it as unknown.
    const portal = (await request(`${session.portal}/portals/self`, { httpMethod: 'GET', authentication: session })) as {
      id: string;
      name: string;
      isPortal?: unknown;
    };
    return { id: portal.id, name: portal.name, isEnterprise: portal.isPortal === true };
  } catch (error) {
    throw toAppError(error);
  }
}
