import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';
import { toAppError } from '@/lib/arcgis/arcgis-error';
import { runInLanes } from '@/lib/async/run-in-lanes';

import { fetchGroupFilteredMembers } from './api/group-filter-api';
import { countMembers, fetchMembersForExport } from './api/users-api';
import { userQueries } from './api/user-queries';
import { memberFilterClauses } from './member-filters';
import { buildMemberSearchQuery } from './member-search-query';
import { sortMembers } from './group-filter';
import { membersToCsv } from './members-to-csv';
import { planExportSlices } from './plan-export-slices';
import type { Member, MemberListParams } from './types';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; fetched: number; total: number | null }
  | { status: 'done'; count: number; fileName: string; csv: string }
  | { status: 'failed'; message: string };

const REQUESTS_IN_FLIGHT = 4;

/** Exports every member matching the table's search and filters, however many: see planExportSlices. */
export function useMemberExport(params: MemberListParams) {
  const session = usePortalSession();
  const lookups = useQuery(userQueries.lookups(session));
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(async () => {
    const abort = new AbortController();
    controller.current = abort;
    setState({ status: 'running', fetched: 0, total: null });
    try {
      const base = buildMemberSearchQuery(params.search, memberFilterClauses(params.filters, Date.now()));
      const fileName = `members-${new Date().toISOString().slice(0, 10)}.csv`;
      if (params.filters.group) {
        // The group filter has its own path (group-filter.ts); its list is complete and small enough to sort here.
        const grouped = sortMembers(await fetchGroupFilteredMembers(session, params.filters.group, base, abort.signal), 'created', 'asc');
        setState({ status: 'done', count: grouped.length, fileName, csv: membersToCsv(grouped, lookups.data) });
        return;
      }
      const within = (from: number, to: number) =>
        `${base === '*' ? '' : `(${base}) AND `}created:[${String(from)} TO ${String(to)}]`;
      const slices = await planExportSlices(
        (from, to) => countMembers(session, within(from, to), abort.signal),
        0,
        Date.now(),
      );
      const total = slices.reduce((sum, slice) => sum + slice.count, 0);
      const pages = slices.flatMap((slice) =>
        Array.from({ length: Math.ceil(slice.count / 100) }, (_, index) => ({ q: within(slice.from, slice.to), start: index * 100 + 1 })),
      );
      const results: Member[][] = new Array<Member[]>(pages.length);
      let fetched = 0;
      // The first failed page stops the export: no new pages start, and the pages in flight cannot hide the error.
      const failure: { error?: unknown; happened: boolean } = { happened: false };
      setState({ status: 'running', fetched, total });
      await runInLanes(
        pages.length,
        REQUESTS_IN_FLIGHT,
        async (index) => {
          const page = pages[index];
          if (!page) return;
          try {
            const members = await fetchMembersForExport(session, page.q, page.start, abort.signal);
            results[index] = members;
            fetched += members.length;
            if (!failure.happened) setState({ status: 'running', fetched, total });
          } catch (error) {
            if (!failure.happened) Object.assign(failure, { error, happened: true });
          }
        },
        () => abort.signal.aborted || failure.happened,
      );
      if (failure.happened && !abort.signal.aborted) throw failure.error;
      if (abort.signal.aborted) {
        setState({ status: 'idle' });
        return;
      }
      const members = results.flat();
      setState({ status: 'done', count: members.length, fileName, csv: membersToCsv(members, lookups.data) });
    } catch (error) {
      setState(abort.signal.aborted ? { status: 'idle' } : { status: 'failed', message: toAppError(error).message });
    }
  }, [lookups.data, params.filters, params.search, session]);

  const cancel = useCallback(() => {
    controller.current?.abort();
  }, []);
  const reset = useCallback(() => {
    setState({ status: 'idle' });
  }, []);

  return { state, start, cancel, reset };
}
