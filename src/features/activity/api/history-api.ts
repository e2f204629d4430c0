import { request } from '@esri/arcgis-rest-request';
import { infiniteQueryOptions } from '@tanstack/react-query';

import { toAppError } from '@/lib/arcgis/arcgis-error';
import type { PortalSession } from '@/lib/arcgis/portal-session';

import { type ActivityEvent, toActivityEvent } from '../history-events';

/** Whose activity: what the member did (`actors`) or what was done to the member (`id` + `types=u`). */
export type HistoryFilter = { kind: 'by' | 'on'; username: string; fromDate?: number; toDate?: number };
export type HistoryPage = { events: ActivityEvent[]; nextKey: string | null };

/** DOC portal-history: `num` at most 100. */
const PAGE_SIZE = 25;

/**
 * `portals/self/history` (DOC portal-history; PY `AGOLAdminManager.history` sends `all=true` with filters and pages
 * with `start=nextKey`, stopping at an empty page). Newest first.
 */
export async function fetchHistoryPage(session: PortalSession, filter: HistoryFilter, start: string | null, signal?: AbortSignal): Promise<HistoryPage> {
  const params: Record<string, unknown> = { all: true, num: PAGE_SIZE, sortOrder: 'desc' };
  if (filter.kind === 'by') params.actors = filter.username;
  else Object.assign(params, { id: filter.username, types: 'u' });
  if (filter.fromDate !== undefined) params.fromDate = filter.fromDate;
  if (filter.toDate !== undefined) params.toDate = filter.toDate;
  if (start) params.start = start;
  try {
    const answer = (await request(`${session.portal}/portals/self/history`, { httpMethod: 'GET', params, authentication: session, signal })) as {
      items?: unknown;
      nextKey?: unknown;
    };
    const items = Array.isArray(answer.items) ? (answer.items as Record<string, unknown>[]) : [];
    const nextKey = typeof answer.nextKey === 'string' || typeof answer.nextKey === 'number' ? String(answer.nextKey) : null;
    return { events: items.map(toActivityEvent), nextKey: items.length > 0 ? nextKey : null };
  } catch (error) {
    throw toAppError(error);
  }
}

export const activityQueries = {
  all: () => ['activity'] as const,
  history: (session: PortalSession, filter: HistoryFilter) =>
    infiniteQueryOptions({
      queryKey: [...activityQueries.all(), filter],
      queryFn: ({ pageParam, signal }) => fetchHistoryPage(session, filter, pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextKey,
    }),
};
