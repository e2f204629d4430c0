import { queryOptions } from '@tanstack/react-query';

import type { PortalSession } from '@/lib/arcgis/portal-session';

import { fetchAddonLicenses, fetchAppBundles, fetchLicensedAddons, fetchLicenseHolders, fetchMemberAppBundles, fetchMemberLicensedItems } from './license-api';

export const licenseQueries = {
  all: () => ['licenses'] as const,
  purchases: (session: PortalSession) =>
    queryOptions({ queryKey: [...licenseQueries.all(), 'purchases'], queryFn: ({ signal }) => fetchAddonLicenses(session, signal) }),
  appBundles: (session: PortalSession) =>
    queryOptions({ queryKey: [...licenseQueries.all(), 'app-bundles'], queryFn: ({ signal }) => fetchAppBundles(session, signal) }),
  /** ArcGIS Enterprise only: the licence's add-on apps and bundles with their counts. */
  licensedAddons: (session: PortalSession) =>
    queryOptions({ queryKey: [...licenseQueries.all(), 'licensed-addons'], queryFn: ({ signal }) => fetchLicensedAddons(session, signal) }),
  memberAppBundles: (session: PortalSession, username: string) =>
    queryOptions({
      queryKey: [...licenseQueries.all(), 'member-app-bundles', username.toLowerCase()],
      queryFn: ({ signal }) => fetchMemberAppBundles(session, username, signal),
    }),
  holders: (session: PortalSession, itemId: string) =>
    queryOptions({ queryKey: [...licenseQueries.all(), 'holders', itemId], queryFn: ({ signal }) => fetchLicenseHolders(session, itemId, signal) }),
  member: (session: PortalSession, username: string) =>
    queryOptions({
      queryKey: [...licenseQueries.all(), 'member', username.toLowerCase()],
      queryFn: ({ signal }) => fetchMemberLicensedItems(session, username, signal),
    }),
};
