import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';

import { ReportDataGrid } from '@/components/report-data-grid';
import { downloadTextFile } from '@/lib/download-text-file';

import { type CancelOutcome, type CancelResult, cancelOutcomeLabel, cancelResultsToCsv, countCancelOutcomes } from '../cancel-invitations';

const chipColor: Record<CancelOutcome, 'success' | 'default' | 'warning' | 'error'> = {
  cancelled: 'success',
  gone: 'warning',
  failed: 'error',
  'not sent': 'default',
};
/** What needs a look comes first. */
const order: CancelOutcome[] = ['failed', 'not sent', 'gone', 'cancelled'];

const columns: GridColDef<CancelResult>[] = [
  { field: 'who', headerName: 'Invitation', flex: 1, minWidth: 140 },
  { field: 'email', headerName: 'Email', flex: 1, minWidth: 160 },
  {
    field: 'outcome',
    headerName: 'Result',
    width: 170,
    renderCell: ({ value }: { value?: CancelOutcome }) =>
      value ? <Chip size="small" variant="outlined" color={chipColor[value]} label={cancelOutcomeLabel(value)} /> : null,
  },
  { field: 'reason', headerName: 'Reason', flex: 2.5, minWidth: 260 },
];

/** What happened to each invitation, downloadable as CSV. */
export function CancelResults({ results, stopped }: { results: CancelResult[]; stopped: boolean }) {
  const counts = countCancelOutcomes(results);
  const rows = useMemo(() => results.toSorted((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome)), [results]);
  return (
    <Stack spacing={1.5}>
      <Typography role="status">
        {stopped ? 'Stopped. ' : ''}
        {counts.cancelled.toLocaleString()} cancelled, {counts.gone.toLocaleString()} no longer pending, {counts.failed.toLocaleString()} failed
        {counts['not sent'] ? `, ${counts['not sent'].toLocaleString()} not sent` : ''}.
      </Typography>
      <ReportDataGrid aria-label="Results" rows={rows} columns={columns} pageSize={10} />
      <div>
        <Button
          variant="outlined"
          onClick={() => {
            downloadTextFile(`cancelled-invitations-${new Date().toISOString().slice(0, 10)}.csv`, cancelResultsToCsv(results));
          }}
        >
          Download results (CSV)
        </Button>
      </div>
    </Stack>
  );
}
