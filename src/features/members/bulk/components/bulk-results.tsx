import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';

import { ReportDataGrid } from '@/components/report-data-grid';
import { paths } from '@/config/paths';
import { downloadTextFile } from '@/lib/download-text-file';

import { type BulkAction, type BulkResult, countOutcomes } from '../bulk-action';
import { bulkResultsToCsv } from '../bulk-results-to-csv';

const outcomeChip: Record<BulkResult['outcome'], { label: string; color: 'success' | 'default' | 'warning' | 'error' }> = {
  done: { label: 'Done', color: 'success' },
  unchanged: { label: 'Unchanged', color: 'default' },
  skipped: { label: 'Skipped', color: 'warning' },
  failed: { label: 'Failed', color: 'error' },
  'not sent': { label: 'Not sent', color: 'default' },
};

type Props = { action: string; kind: BulkAction['kind']; results: BulkResult[]; cancelled: boolean };

/** What needs a look comes first: failures, then members never sent, skipped, unchanged, done. */
const outcomeOrder: BulkResult['outcome'][] = ['failed', 'not sent', 'skipped', 'unchanged', 'done'];

/** What happened to each member, with the portal's reason, downloadable as CSV. */
export function BulkResults({ action, kind, results, cancelled }: Props) {
  const counts = countOutcomes(results);
  const rows = useMemo(() => results.toSorted((a, b) => outcomeOrder.indexOf(a.outcome) - outcomeOrder.indexOf(b.outcome)), [results]);
  const columns = useMemo<GridColDef<BulkResult>[]>(
    () => [
      {
        field: 'username',
        headerName: 'Username',
        flex: 1,
        minWidth: 140,
        renderCell: ({ value }: { value?: string }) =>
          kind === 'delete' ? (
            value
          ) : (
            <Link component={RouterLink} to={paths.member.href(value ?? '')}>
              {value}
            </Link>
          ),
      },
      { field: 'fullName', headerName: 'Full name', flex: 1, minWidth: 140 },
      {
        field: 'outcome',
        headerName: 'Result',
        width: 120,
        renderCell: ({ value }: { value?: BulkResult['outcome'] }) =>
          value ? <Chip size="small" variant="outlined" label={outcomeChip[value].label} color={outcomeChip[value].color} /> : null,
      },
      {
        field: 'reason',
        headerName: 'Reason',
        flex: 2.5,
        minWidth: 240,
        renderCell: ({ row }: { row: BulkResult }) =>
          kind === 'delete' && row.outcome === 'failed' ? (
            <span>
              {row.reason}{' '}
              <Link component={RouterLink} to={paths.memberOffboard.href(row.username)}>
                Transfer content and groups of {row.username}
              </Link>
            </span>
          ) : (
            row.reason
          ),
      },
    ],
    [kind],
  );
  const fileName = `member-changes-${new Date().toISOString().slice(0, 10)}.csv`;
  return (
    <Stack spacing={1.5}>
      <Typography role="status">
        {cancelled ? 'Cancelled. ' : ''}
        {counts.done.toLocaleString()} done, {counts.failed.toLocaleString()} failed, {counts.unchanged.toLocaleString()} unchanged,{' '}
        {counts.skipped.toLocaleString()} skipped{counts['not sent'] ? `, ${counts['not sent'].toLocaleString()} not sent` : ''}.
      </Typography>
      <ReportDataGrid aria-label="Results" rows={rows} getRowId={(row) => row.username} columns={columns} pageSize={10} />
      <div>
        <Button
          variant="outlined"
          onClick={() => {
            downloadTextFile(fileName, bulkResultsToCsv(action, results));
          }}
        >
          Download results (CSV)
        </Button>
      </div>
    </Stack>
  );
}
