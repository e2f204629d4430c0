import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';

import { PauseStopControls } from '@/components/pause-stop-controls';
import type { RunConnection } from '@/lib/arcgis/portal-retry';
import { downloadTextFile } from '@/lib/download-text-file';
import { listPageSizes } from '@/lib/list-params/page-sizes';
import { countOf } from '@/lib/text/plural';

import type { EnterpriseAddOutcome } from '../add-enterprise-accounts';
import { enterpriseResultsCsv } from '../enterprise-results-csv';
import { AccountCell, autoHeightCells, WrappedCell } from './account-cells';

const STATUS_LABELS: Record<EnterpriseAddOutcome['status'], string> = {
  added: 'Added',
  member: 'Already a member',
  failed: 'Failed',
  'not-sent': 'Not sent',
};

const columns: GridColDef<EnterpriseAddOutcome>[] = [
  {
    field: 'username',
    headerName: 'Account',
    flex: 1.3,
    minWidth: 220,
    renderCell: ({ row }) => <AccountCell name={row.fullname} login={row.username} email={row.email} />,
  },
  { field: 'status', headerName: 'Result', width: 150, valueGetter: (value: EnterpriseAddOutcome['status']) => STATUS_LABELS[value] },
  {
    field: 'reason',
    headerName: 'Why',
    flex: 1.5,
    minWidth: 240,
    renderCell: ({ value }) => <WrappedCell text={String(value ?? '')} />,
  },
];

type Props = {
  outcomes: readonly (EnterpriseAddOutcome | undefined)[];
  running: boolean;
  source: string;
  /** The run's link to the portal: while it waits (outage, refused sign-in) the page says so. */
  connection: RunConnection | null;
  isPaused: boolean;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
  onStartOver: () => void;
};

/** Step 3: progress, then one result per account, failed first, downloadable as CSV. */
export function EnterpriseResultStep({ outcomes, running, source, connection, isPaused, onPause, onResume, onStop, onStartOver }: Props) {
  const done = outcomes.filter((o): o is EnterpriseAddOutcome => o !== undefined);
  const count = (status: EnterpriseAddOutcome['status']) => done.filter((o) => o.status === status).length;
  const order: Record<EnterpriseAddOutcome['status'], number> = { failed: 0, added: 1, member: 2, 'not-sent': 3 };
  const sorted = [...done].sort((a, b) => order[a.status] - order[b.status]);
  return (
    <Stack spacing={2}>
      {running ? (
        <>
          <Typography role="status">
            {isPaused ? 'Paused' : 'Adding accounts'}: {done.length.toLocaleString()} of {outcomes.length.toLocaleString()} answered.
          </Typography>
          <LinearProgress variant="determinate" value={outcomes.length === 0 ? 0 : (100 * done.length) / outcomes.length} aria-label="Progress" />
          <PauseStopControls connection={connection} isPaused={isPaused} onPause={onPause} onResume={onResume} onStop={onStop} stopLabel="Stop adding" />
          <Typography variant="body2" color="text.secondary">
            Pausing lets requests already sent finish. Stopping sends no more accounts; the results then list the ones not sent.
          </Typography>
        </>
      ) : (
        <>
          <Alert severity={count('failed') > 0 ? 'warning' : 'success'} role="status">
            {countOf(count('added'), 'account')} added
            {count('member') > 0 ? `, ${countOf(count('member'), 'already a member', 'already members')}` : ''}
            {count('not-sent') > 0 ? `, ${countOf(count('not-sent'), 'account')} not sent` : ''}
            {count('failed') > 0 ? `, ${countOf(count('failed'), 'account')} failed` : ''}.
          </Alert>
          <DataGrid
            aria-label="Results"
            rows={sorted}
            getRowId={(row) => `${row.username}#${row.status}#${String(sorted.indexOf(row))}`}
            columns={columns}
            density="compact"
            getRowHeight={() => 'auto'}
            initialState={{ pagination: { paginationModel: { pageSize: 100 } } }}
            pageSizeOptions={[...listPageSizes]}
            disableRowSelectionOnClick
            sx={{ height: 'min(60vh, 560px)', ...autoHeightCells }}
          />
          <Stack direction="row" spacing={1}>
            <Button
              variant="outlined"
              onClick={() => downloadTextFile(`enterprise-members-${source.replace(/[^\w.-]+/g, '-')}-results.csv`, enterpriseResultsCsv(sorted))}
            >
              Download results (CSV)
            </Button>
            <Button onClick={onStartOver}>Add more enterprise members</Button>
          </Stack>
        </>
      )}
    </Stack>
  );
}
