import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';
import { toAppError } from '@/lib/arcgis/arcgis-error';
import { portalRetry, retrying } from '@/lib/arcgis/portal-retry';
import { SEARCH_RESULT_CEILING } from '@/lib/arcgis/search-ceiling';

import { exportFileName } from './export-file-name';
import { sortMembers } from './group-filter';
import { buildMemberSearchQuery } from './member-search-query';
import { resolveQueryMembers } from './resolve-selection';
import type { MemberListParams } from '../types';
import { useMemberQuery } from './use-member-query';
import { fetchGroupFilteredMembers } from '../api/group-filter-api';
import { userQueries } from '../api/user-queries';
import { canSortBy, countMembers, fetchMembers } from '../api/users-api';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; fetched: number; total: number | null }
  | { status: 'done'; count: number; fileName: string; csv: string }
  | { status: 'failed'; message: string };

const REQUESTS_IN_FLIGHT = 4;

/**
 * Exports every member matching the table's search and filters, however many (see resolveQueryMembers), in the
 * table's order, to a file named after the filters (export-file-name.ts).
 */
export function useMemberExport(params: MemberListParams) {
  const session = usePortalSession();
  const lookups = useQuery(userQueries.lookups(session));
  const { query } = useMemberQuery(params.search, params.filters);
  const group = useQuery({ ...userQueries.group(session, params.filters.group), enabled: Boolean(params.filters.group) });
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(async () => {
    const abort = new AbortController();
    controller.current = abort;
    setState({ status: 'running', fetched: 0, total: null });
    try {
      // Loaded on the first export: the CSV writer is not part of the members screen's first load.
      const { membersToCsv } = await import('./members-to-csv');
      const { sortField, sortOrder } = params;
      const fileName = exportFileName(
        params.search,
        params.filters,
        { roleNames: lookups.data?.roleNames, userTypeNames: lookups.data?.userTypeNames, groupTitle: group.data?.title ?? null },
        new Date(),
      );
      if (params.filters.group) {
        // The group filter has its own path (group-filter.ts); its list is complete and sorted here, as the table is.
        const found = await fetchGroupFilteredMembers(session, params.filters.group, buildMemberSearchQuery(params.search), params.filters, abort.signal);
        const grouped = sortMembers(found, sortField, sortOrder);
        setState({ status: 'done', count: grouped.length, fileName, csv: membersToCsv(grouped, lookups.data) });
        return;
      }
      if (!query || query.kind === 'unsupported') {
        setState({ status: 'failed', message: query?.reason ?? 'The filters are still being checked with the portal; try again in a moment.' });
        return;
      }
      // The portal pages in the table's order where it can sort this query; otherwise by creation date (sorted below).
      const portalSorts = canSortBy(query, sortField);
      const order = portalSorts ? { sortField, sortOrder } : ({ sortField: 'created', sortOrder: 'asc' } as const);
      const members = await resolveQueryMembers({
        query,
        // Each read is retried on its own: one busy moment of the portal never stops the export.
        countIn: (answered) => retrying(() => countMembers(session, answered, abort.signal), portalRetry, abort.signal),
        fetchPage: (answered, from) =>
          retrying(() => fetchMembers(session, answered, { start: from, num: 100, ...order }, abort.signal), portalRetry, abort.signal).then(
            (page) => page.members,
          ),
        now: Date.now(),
        concurrency: REQUESTS_IN_FLIGHT,
        onProgress: (fetched, total) => {
          if (!abort.signal.aborted) setState({ status: 'running', fetched, total });
        },
        signal: abort.signal,
      });
      // Past the search ceiling the export is read in creation-date slices, each in the portal's order: one order is
      // then made here, as it is when the portal cannot sort this search (by last login).
      const split = query.kind === 'search' && members.length >= SEARCH_RESULT_CEILING;
      const ordered = portalSorts && !split ? members : sortMembers(members, sortField, sortOrder);
      setState({ status: 'done', count: ordered.length, fileName, csv: membersToCsv(ordered, lookups.data) });
    } catch (error) {
      setState(abort.signal.aborted ? { status: 'idle' } : { status: 'failed', message: toAppError(error).message });
    }
  }, [group.data, lookups.data, params, query, session]);

  const cancel = useCallback(() => {
    controller.current?.abort();
  }, []);
  const reset = useCallback(() => {
    setState({ status: 'idle' });
  }, []);

  return { state, start, cancel, reset };
}
