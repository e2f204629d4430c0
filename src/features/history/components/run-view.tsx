import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';

import { ReportDataGrid } from '@/components/report-data-grid';
import { usePortalSession } from '@/hooks/use-session';
import { downloadTextFile } from '@/lib/download-text-file';
import { offersUndo, type RunDetail, type RunOutcome, runKindLabels, type StoredRunRecord } from '@/lib/history/run-record';
import { runRecordToCsv } from '@/lib/history/run-record-csv';

import { historyQueries } from '../api/history-queries';
import { countsText, formatWhen } from '../run-summary';

type Props = {
  runId: string;
  memberHref: (username: string) => string;
  runHref: (runId: string) => string;
  /** The undo, composed by the app (it is the members' bulk machinery). */
  renderUndo: (run: StoredRunRecord, onClose: () => void) => ReactNode;
};

type OutcomeRow = RunOutcome & { position: number };

const detailColumns: GridColDef<RunDetail>[] = [
  { field: 'title', headerName: 'Title', flex: 1.5, minWidth: 160 },
  { field: 'type', headerName: 'Type', width: 140 },
  { field: 'folder', headerName: 'From folder', width: 150, valueGetter: (folder?: string) => (folder === '/' ? 'Root folder' : (folder ?? '')) },
  { field: 'to', headerName: 'To', width: 150 },
  { field: 'status', headerName: 'Result', width: 110 },
  { field: 'message', headerName: 'Reason', flex: 2, minWidth: 200 },
];

/** One run: who, when, what was asked, each member's outcome, its CSV report and "Undo this run…". */
export function RunView({ runId, memberHref, runHref, renderUndo }: Props) {
  const session = usePortalSession();
  const run = useQuery(historyQueries.run(session, runId));
  const [undoing, setUndoing] = useState(false);
  // An import's rows may repeat or lack a username: the position identifies a row (numbered once, not searched per row).
  const outcomeRows = useMemo(() => run.data?.record.outcomes.map((outcome, position) => ({ ...outcome, position })) ?? [], [run.data]);
  const columns = useMemo<GridColDef<OutcomeRow>[]>(
    () => [
      {
        field: 'username',
        headerName: 'Username',
        flex: 1,
        minWidth: 140,
        renderCell: ({ row }) => (
          <Link component={RouterLink} to={memberHref(row.username)}>
            {row.username}
          </Link>
        ),
      },
      { field: 'fullName', headerName: 'Full name', flex: 1, minWidth: 140 },
      { field: 'status', headerName: 'Result', width: 110 },
      { field: 'message', headerName: 'Reason', flex: 2.5, minWidth: 240 },
    ],
    [memberHref],
  );
  if (run.isPending) return <Typography role="status">Reading the run…</Typography>;
  if (run.error) return <Alert severity="error">The run could not be read: {run.error.message}</Alert>;
  if (!run.data) return <Alert severity="warning">This item is not a Roster run record this version can read.</Alert>;
  const { record } = run.data;
  return (
    <Stack spacing={2}>
      <Stack component="dl" spacing={0.5} sx={{ m: 0, '& dt': { fontWeight: 600 }, '& dd': { m: 0, mb: 1 } }}>
        <dt>What was asked</dt>
        <dd>
          {record.asked.label} <Chip size="small" variant="outlined" label={runKindLabels[record.kind]} />
        </dd>
        <dt>Run by</dt>
        <dd>{record.ranBy}</dd>
        <dt>When</dt>
        <dd>
          {formatWhen(record.startedAt)} – {formatWhen(record.finishedAt)}
        </dd>
        <dt>Members</dt>
        <dd>{countsText(record)}</dd>
        {record.undoOf !== null ? (
          <>
            <dt>Undid</dt>
            <dd>
              <Link component={RouterLink} to={runHref(record.undoOf)}>
                The run it undid
              </Link>
            </dd>
          </>
        ) : null}
      </Stack>
      <Stack direction="row" spacing={1}>
        <Button
          variant="outlined"
          onClick={() => {
            downloadTextFile(`roster-run-${record.startedAt.slice(0, 10)}.csv`, runRecordToCsv(record));
          }}
        >
          Download report (CSV)
        </Button>
        {offersUndo(record) ? (
          <Button
            variant="contained"
            onClick={() => {
              setUndoing(true);
            }}
          >
            Undo this run…
          </Button>
        ) : null}
      </Stack>
      <ReportDataGrid aria-label="Members of this run" rows={outcomeRows} getRowId={(row) => row.position} columns={columns} />
      {record.details.length > 0 ? (
        <>
          <Typography variant="h2">Items and groups</Typography>
          <ReportDataGrid aria-label="Items and groups of this run" rows={record.details} getRowId={(row) => `${row.kind}:${row.id}`} columns={detailColumns} />
        </>
      ) : null}
      {undoing
        ? renderUndo(run.data, () => {
            setUndoing(false);
          })
        : null}
    </Stack>
  );
}
