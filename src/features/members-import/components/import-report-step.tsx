import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';

import { downloadTextFile } from '@/lib/download-text-file';

import type { ImportOutcome } from '../execute-import';
import { type ImportView, reviewCell, reviewOutcome } from '../import-view';
import type { RowOutcome } from '../review-to-csv';
import { type DisplayStatus, ImportStatusChip } from './import-status-chip';

type ReportRow = { line: number; username: string; status: DisplayStatus; reason: string };

type Props = {
  analysis: ImportView;
  outcomes: ReadonlyMap<number, ImportOutcome>;
  /** The input plus these outcomes as CSV, built by the worker (which holds the file). */
  reportCsv: (outcomes: readonly RowOutcome[]) => Promise<string>;
  fileName: string;
  error: string | null;
  membersHref: string;
  onRestart: () => void;
};

/** Every line of the file, accounted for: added, already a member, failed with the reason, or not sent and why. */
export function buildReport(analysis: ImportView, outcomes: ReadonlyMap<number, ImportOutcome>): ReportRow[] {
  return Array.from(analysis.review.lines, (_line, index): ReportRow => {
    const review = reviewOutcome(analysis.review, index);
    const outcome = outcomes.get(review.line);
    const username = reviewCell.text(analysis.review, 'username', index);
    if (outcome) return { line: review.line, username, status: outcome.status, reason: outcome.reason };
    if (review.status === 'exists') return { line: review.line, username, status: 'exists', reason: review.reason };
    const sendable = review.status === 'ready' || review.status === 'warning';
    return {
      line: review.line,
      username,
      status: 'not-sent',
      reason: sendable ? 'Not sent: the import was cancelled first.' : review.reason || 'Excluded by the reviewer.',
    };
  });
}

export function ImportReportStep({ analysis, outcomes, reportCsv, fileName, error, membersHref, onRestart }: Props) {
  const rows = useMemo(() => buildReport(analysis, outcomes), [analysis, outcomes]);
  const count = (status: DisplayStatus) => rows.filter((row) => row.status === status).length;
  const columns: GridColDef<ReportRow>[] = [
    { field: 'line', headerName: 'Line', width: 70, type: 'number' },
    { field: 'username', headerName: 'Username', flex: 1, minWidth: 150 },
    { field: 'status', headerName: 'Result', width: 160, renderCell: ({ row }) => <ImportStatusChip status={row.status} /> },
    { field: 'reason', headerName: 'Reason', flex: 3, minWidth: 300 },
  ];
  const handleDownload = () => {
    const reportOutcomes: RowOutcome[] = rows.map((row) => ({ line: row.line, status: row.status, reason: row.reason }));
    void reportCsv(reportOutcomes).then((csv) => {
      downloadTextFile(fileName.replace(/\.[^.]+$/, '') + '-report.csv', csv);
    });
  };
  return (
    <Stack spacing={2}>
      {error ? <Alert severity="error">The import stopped: {error}</Alert> : null}
      <Alert severity={count('failed') > 0 ? 'warning' : 'success'} role="status">
        {count('added').toLocaleString()} added, {count('exists').toLocaleString()} already members,{' '}
        {count('failed').toLocaleString()} failed, {count('not-sent').toLocaleString()} not sent.
      </Alert>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" onClick={handleDownload}>
          Download report (CSV)
        </Button>
        <Button component={RouterLink} to={membersHref}>
          Go to members
        </Button>
        <Button onClick={onRestart}>Import another file</Button>
      </Stack>
      <Box sx={{ height: 'calc(100vh - 360px)', minHeight: 380 }}>
        <DataGrid
          aria-label="Import report"
          rows={rows}
          columns={columns}
          getRowId={(row) => row.line}
          getRowHeight={() => 'auto'}
          disableRowSelectionOnClick
          pageSizeOptions={[100]}
          initialState={{ pagination: { paginationModel: { pageSize: 100 } } }}
          sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-cell': { py: 1, alignItems: 'center', display: 'flex' } }}
        />
      </Box>
    </Stack>
  );
}
