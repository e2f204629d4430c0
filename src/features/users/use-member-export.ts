import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';
import { toAppError } from '@/lib/arcgis/arcgis-error';
import { portalRetry, retrying } from '@/lib/arcgis/portal-retry';

import { fetchGroupFilteredMembers } from './api/group-filter-api';
import { fetchMembersInCreationOrder, userQueries } from './api/user-queries';
import { countMembers } from './api/users-api';
import { sortMembers } from './group-filter';
import { buildMemberSearchQuery } from './member-search-query';
import { membersToCsv } from './members-to-csv';
import { resolveQueryMembers } from './resolve-selection';
import type { MemberListParams } from './types';
import { useMemberQuery } from './use-member-query';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; fetched: number; total: number | null }
  | { status: 'done'; count: number; fileName: string; csv: string }
  | { status: 'failed'; message: string };

const REQUESTS_IN_FLIGHT = 4;

/** Exports every member matching the table's search and filters, however many: see resolveQueryMembers. */
export function useMemberExport(params: MemberListParams) {
  const session = usePortalSession();
  const lookups = useQuery(userQueries.lookups(session));
  const { query } = useMemberQuery(params.search, params.filters);
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(async () => {
    const abort = new AbortController();
    controller.current = abort;
    setState({ status: 'running', fetched: 0, total: null });
    try {
      const fileName = `members-${new Date().toISOString().slice(0, 10)}.csv`;
      if (params.filters.group) {
        // The group filter has its own path (group-filter.ts); its list is complete and small enough to sort here.
        const found = await fetchGroupFilteredMembers(session, params.filters.group, buildMemberSearchQuery(params.search), params.filters, abort.signal);
        const grouped = sortMembers(found, 'created', 'asc');
        setState({ status: 'done', count: grouped.length, fileName, csv: membersToCsv(grouped, lookups.data) });
        return;
      }
      if (!query || query.kind === 'unsupported') {
        setState({ status: 'failed', message: query?.reason ?? 'The filters are still being checked with the portal; try again in a moment.' });
        return;
      }
      const members = await resolveQueryMembers({
        query,
        // Each read is retried on its own: one busy moment of the portal never stops the export.
        countIn: (answered) => retrying(() => countMembers(session, answered, abort.signal), portalRetry, abort.signal),
        fetchPage: (answered, from) => retrying(() => fetchMembersInCreationOrder(session, answered, from, abort.signal), portalRetry, abort.signal),
        now: Date.now(),
        concurrency: REQUESTS_IN_FLIGHT,
        onProgress: (fetched, total) => {
          if (!abort.signal.aborted) setState({ status: 'running', fetched, total });
        },
        signal: abort.signal,
      });
      setState({ status: 'done', count: members.length, fileName, csv: membersToCsv(members, lookups.data) });
    } catch (error) {
      setState(abort.signal.aborted ? { status: 'idle' } : { status: 'failed', message: toAppError(error).message });
    }
  }, [lookups.data, params.filters, params.search, query, session]);

  const cancel = useCallback(() => {
    controller.current?.abort();
  }, []);
  const reset = useCallback(() => {
    setState({ status: 'idle' });
  }, []);

  return { state, start, cancel, reset };
}
