import { request } from '@esri/arcgis-rest-request';

import type { PortalSession } from './portal-session';

/** What `portals/self/users/counts` can count members by (the keys are user type ids, or role names and ids). */
export type UserCountType = 'userLicenseType' | 'role';

type CountsPage = { results?: { key?: string; count?: number }[]; nextStart?: number };

/**
 * Exact member counts per user type or per role from `portals/self/users/counts`, the resource Esri's own Python
 * client reads for seat use (`UserManager.counts`). Unlike a search `total`, these are not capped at 10,000.
 * Paged like every portal list: `start`/`num`, `nextStart` -1 on the last page.
 */
export async function fetchUserCounts(session: PortalSession, type: UserCountType, signal?: AbortSignal): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  let start = 1;
  do {
    const page = (await request(`${session.portal}/portals/self/users/counts`, {
      httpMethod: 'GET',
      params: { type, start, num: 100 },
      authentication: session,
      signal,
    })) as CountsPage;
    for (const result of page.results ?? []) {
      if (typeof result.key === 'string' && typeof result.count === 'number') counts.set(result.key, result.count);
    }
    start = page.nextStart ?? -1;
  } while (start > 0);
  return counts;
}
