import { request } from '@esri/arcgis-rest-request';
import { queryOptions } from '@tanstack/react-query';

import { toAppError } from './arcgis-error';
import type { PortalSession } from './portal-session';

/**
 * Whether members' credits can be allocated: `on`/`off` from `portals/self` `creditAssignments` ("enabled" /
 * "disabled", RJS PortalResponse, PY CreditManager.is_enabled); `not-used` on ArcGIS Enterprise (`isPortal`), which
 * has no credits; `not-reported` when an ArcGIS Online answer does not say.
 */
export type CreditAllocation = 'on' | 'off' | 'not-used' | 'not-reported';

/** `available`: the organization's credits left, `null` when the portal does not report them. */
export type OrgCredits = { allocation: CreditAllocation; available: number | null };

type PortalCreditFields = {
  isPortal?: unknown;
  creditAssignments?: unknown;
  availableCredits?: unknown;
  subscriptionInfo?: { availableCredits?: unknown };
};

const finiteOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The credit facts of a `portals/self` answer, and nothing a portal did not say. */
export function readOrgCredits(portal: PortalCreditFields): OrgCredits {
  if (portal.isPortal === true) return { allocation: 'not-used', available: null };
  const allocation: CreditAllocation = portal.creditAssignments === 'enabled' ? 'on' : portal.creditAssignments === 'disabled' ? 'off' : 'not-reported';
  return { allocation, available: finiteOrNull(portal.availableCredits) ?? finiteOrNull(portal.subscriptionInfo?.availableCredits) };
}

export const orgCreditsQuery = (session: PortalSession) =>
  queryOptions({
    queryKey: ['org-credits'],
    queryFn: async ({ signal }) => {
      try {
        const portal = (await request(`${session.portal}/portals/self`, { httpMethod: 'GET', authentication: session, signal })) as PortalCreditFields;
        return readOrgCredits(portal);
      } catch (error) {
        throw toAppError(error);
      }
    },
  });
