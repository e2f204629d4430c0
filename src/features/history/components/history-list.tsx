import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';

import { ReportDataGrid } from '@/components/report-data-grid';
import { SearchField } from '@/components/search-field';
import { usePortalSession } from '@/hooks/use-session';
import { MAX_RUN_RECORDS } from '@/lib/arcgis/run-record-items';
import { runKindLabels, type StoredRunRecord, touchesMember } from '@/lib/history/run-record';
import { countOf } from '@/lib/text/plural';

import { historyQueries } from '../api/history-queries';
import { countsText, formatWhen } from '../run-summary';

type Props = { runHref: (runId: string) => string };

/** Every run kept in the history, newest first, narrowed to those that touched a member (`?member=`). */
export function HistoryList({ runHref }: Props) {
  const session = usePortalSession();
  const runs = useQuery(historyQueries.runs(session));
  const [params, setParams] = useSearchParams();
  const member = params.get('member') ?? '';
  const shown = useMemo(() => (runs.data?.records ?? []).filter((run) => touchesMember(run.record, member)), [runs.data, member]);
  const columns = useMemo<GridColDef<StoredRunRecord>[]>(
    () => [
      {
        field: 'when',
        headerName: 'When',
        width: 165,
        valueGetter: (_value, row) => row.record.startedAt,
        renderCell: ({ row }) => formatWhen(row.record.startedAt),
      },
      { field: 'ranBy', headerName: 'Run by', width: 120, valueGetter: (_value, row) => row.record.ranBy },
      {
        field: 'what',
        headerName: 'What',
        flex: 2,
        minWidth: 200,
        valueGetter: (_value, row) => row.record.asked.label,
        renderCell: ({ row }) => (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', whiteSpace: 'normal' }}>
            <Link component={RouterLink} to={runHref(row.id)}>
              {row.record.asked.label}
            </Link>
            <Chip size="small" variant="outlined" label={row.record.undoOf !== null ? 'Undo' : runKindLabels[row.record.kind]} />
          </Stack>
        ),
      },
      { field: 'counts', headerName: 'Members', flex: 1, minWidth: 140, sortable: false, valueGetter: (_value, row) => countsText(row.record) },
    ],
    [runHref],
  );

  return (
    <Stack spacing={2}>
      <SearchField
        label="Member"
        placeholder="Username"
        value={member}
        onTextChange={(text) => {
          setParams(text ? { member: text } : {}, { replace: true });
        }}
        sx={{ maxWidth: 360 }}
      />
      {runs.isPending ? <Typography role="status">Reading the history…</Typography> : null}
      {runs.error ? <Alert severity="error">The history could not be read: {runs.error.message}</Alert> : null}
      {runs.data ? (
        <>
          <Typography role="status">
            {member ? `${countOf(shown.length, 'run')} touched members matching “${member}”` : countOf(shown.length, 'run')}
            {runs.data.records.length >= MAX_RUN_RECORDS ? ` (the newest ${MAX_RUN_RECORDS.toLocaleString()} are read)` : ''}.
          </Typography>
          {runs.data.unreadable > 0 ? (
            <Alert severity="warning">{countOf(runs.data.unreadable, 'record')} could not be read as a Roster run and are not shown.</Alert>
          ) : null}
          <ReportDataGrid
            aria-label="Runs"
            rows={shown}
            columns={columns}
            localeText={{ noRowsLabel: member ? 'No run touched a member matching this.' : 'No runs in the history yet.' }}
          />
        </>
      ) : null}
    </Stack>
  );
}
