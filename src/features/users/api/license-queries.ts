import { queryOptions } from '@tanstack/react-query';

import type { PortalSession } from '@/lib/arcgis/portal-session';

import { fetchAddonLicenses, fetchAppBundles, fetchLicenseHolders, fetchMemberLicensedItems } from './license-api';

export const licenseQueries = {
  all: () => ['licenses'] as const,
  purchases: (session: PortalSession) =>
    queryOptions({ queryKey: [...licenseQueries.all(), 'purchases'], queryFn: ({ signal }) => fetchAddonLicenses(session, signal) }),
  appBundles: (session: PortalSession) =>
    queryOptions({ queryKey: [...licenseQueries.all(), 'app-bundles'], queryFn: ({ signal }) => fetchAppBundles(session, signal) }),
  holders: (session: PortalSession, itemId: string) =>
    queryOptions({ queryKey: [...licenseQueries.all(), 'holders', itemId], queryFn: ({ signal }) => fetchLicenseHolders(session, itemId, signal) }),
  member: (session: PortalSession, username: string) =>
    queryOptions({
      queryKey: [...licenseQueries.all(), 'member', username.toLowerCase()],
      queryFn: ({ signal }) => fetchMemberLicensedItems(session, username, signal),
    }),
};
