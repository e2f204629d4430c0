import { request } from '@esri/arcgis-rest-request';

import type { PortalSession } from './portal-session';

/**
 * Every page of a paged portal resource (`start`/`num`/`nextStart`), 100 at a time, in order. For a search, pass
 * `upTo: SEARCH_RESULT_CEILING` to stop where the portal stops answering (see search-ceiling.ts).
 */
export async function fetchAllPages<T extends { nextStart: number }>(
  session: PortalSession,
  path: string,
  params: Record<string, unknown> = {},
  signal?: AbortSignal,
  { upTo = Number.POSITIVE_INFINITY }: { upTo?: number } = {},
): Promise<T[]> {
  const pages: T[] = [];
  let start = 1;
  do {
    const page = (await request(`${session.portal}/${path}`, {
      httpMethod: 'GET',
      params: { ...params, start, num: 100 },
      authentication: session,
      signal,
    })) as T;
    pages.push(page);
    start = page.nextStart;
  } while (start > 0 && start <= upTo);
  return pages;
}
