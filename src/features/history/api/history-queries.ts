import { queryOptions } from '@tanstack/react-query';

import type { PortalSession } from '@/lib/arcgis/portal-session';
import { fetchRunRecordById, fetchRunRecords } from '@/lib/arcgis/run-record-items';

export const historyQueries = {
  all: () => ['history'] as const,
  /** Every record with its data: the member filter searches the data, which the portal's item search cannot. */
  runs: (session: PortalSession) =>
    queryOptions({
      queryKey: [...historyQueries.all(), 'runs', session.username],
      queryFn: ({ signal }) => fetchRunRecords(session, signal),
      staleTime: 0,
    }),
  run: (session: PortalSession, runId: string) =>
    queryOptions({
      queryKey: [...historyQueries.all(), 'run', session.username, runId],
      queryFn: ({ signal }) => fetchRunRecordById(session, runId, signal),
    }),
};
