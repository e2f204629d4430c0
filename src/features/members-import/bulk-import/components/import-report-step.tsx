import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';

import { RunHistorySaveStatus } from '@/components/run-history-save-status';
import { useFillHeight } from '@/hooks/use-fill-height';
import { downloadTextFile } from '@/lib/download-text-file';
import type { RunHistory } from '@/lib/history/run-history';
import type { RunRecord } from '@/lib/history/run-record';
import { countOf } from '@/lib/text/plural';

import { type DisplayStatus, ImportStatusChip, statusLabel } from './import-status-chip';
import { type ImportView, reviewCell, reviewOutcome } from '../../core/import-view';
import type { ApprovalNames, RowOutcome } from '../../core/review-to-csv';
import type { ImportOutcome } from '../execute-import';

type ReportRow = { line: number; username: string; status: DisplayStatus; reason: string };
type ReportStatus = 'added' | 'exists' | 'failed' | 'not-sent';

type Props = {
  analysis: ImportView;
  outcomes: ReadonlyMap<number, ImportOutcome>;
  /** The input plus these outcomes as CSV, built by the worker (which holds the file). */
  reportCsv: (outcomes: readonly RowOutcome[], approval?: ApprovalNames) => Promise<string>;
  fileName: string;
  error: string | null;
  membersHref: string;
  onRestart: () => void;
  /** An approved plan's run: who prepared it and who approved it, on the screen and in the CSV. */
  approval?: ApprovalNames | null;
  /** Where this run is in the history; "Save to history" again when saving it failed. */
  runHistory?: RunHistory;
  onSaveRunAgain?: (record: RunRecord) => void;
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

/** The report's status filter, as the review's: "Failed" first when anything failed, so failures are what one sees. */
export function reportFilters(counts: Record<ReportStatus, number>): (ReportStatus | 'all')[] {
  const rest = (['added', 'exists', 'not-sent'] as const).filter((status) => counts[status] > 0);
  return counts.failed > 0 ? ['failed', 'all', ...rest] : ['all', ...rest];
}

export function ImportReportStep({
  analysis,
  outcomes,
  reportCsv,
  fileName,
  error,
  membersHref,
  onRestart,
  approval = null,
  runHistory = { status: 'off' },
  onSaveRunAgain = () => undefined,
}: Props) {
  const rows = useMemo(() => buildReport(analysis, outcomes), [analysis, outcomes]);
  const counts = useMemo(() => {
    const result: Record<ReportStatus, number> = { added: 0, exists: 0, failed: 0, 'not-sent': 0 };
    for (const row of rows) if (row.status in result) result[row.status as ReportStatus] += 1;
    return result;
  }, [rows]);
  const filters = reportFilters(counts);
  const [filter, setFilter] = useState<ReportStatus | 'all'>(filters[0] ?? 'all');
  const visible = useMemo(() => (filter === 'all' ? rows : rows.filter((row) => row.status === filter)), [rows, filter]);
  const { ref: gridBox, blockRef: reportBlock, height } = useFillHeight<HTMLDivElement, HTMLDivElement>(360, 64);
  const columns: GridColDef<ReportRow>[] = [
    { field: 'line', headerName: 'Line', width: 70, type: 'number' },
    { field: 'username', headerName: 'Username', flex: 1, minWidth: 150 },
    { field: 'status', headerName: 'Result', width: 160, renderCell: ({ row }) => <ImportStatusChip status={row.status} /> },
    { field: 'reason', headerName: 'Reason', flex: 3, minWidth: 300 },
  ];
  const handleDownload = () => {
    const reportOutcomes: RowOutcome[] = rows.map((row) => ({ line: row.line, status: row.status, reason: row.reason }));
    void reportCsv(reportOutcomes, approval ?? undefined).then((csv) => {
      downloadTextFile(fileName.replace(/\.[^.]+$/, '') + '-report.csv', csv);
    });
  };
  return (
    <Stack spacing={2} ref={reportBlock}>
      {error ? <Alert severity="error">The import stopped: {error}</Alert> : null}
      {approval ? (
        <Alert severity="info">
          Prepared by {approval.preparedBy}, approved by {approval.approvedBy}.
        </Alert>
      ) : null}
      <Alert severity={counts.failed > 0 ? 'warning' : 'success'} role="status">
        {counts.added.toLocaleString('en-US')} added, {countOf(counts.exists, 'already member')}, {counts.failed.toLocaleString('en-US')} failed,{' '}
        {counts['not-sent'].toLocaleString('en-US')} not sent.
      </Alert>
      <RunHistorySaveStatus history={runHistory} onSaveAgain={onSaveRunAgain} />
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={filter}
          onChange={(_event, value: ReportStatus | 'all' | null) => {
            if (value) setFilter(value);
          }}
          aria-label="Show rows"
        >
          {filters.map((status) => (
            <ToggleButton key={status} value={status} sx={{ py: 0.5 }}>
              {status === 'all' ? `All (${rows.length.toLocaleString('en-US')})` : `${statusLabel(status)} (${counts[status].toLocaleString('en-US')})`}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="outlined" onClick={handleDownload}>
          Download report (CSV)
        </Button>
        <Button component={RouterLink} to={membersHref}>
          Go to members
        </Button>
        <Button onClick={onRestart}>Import another file</Button>
      </Stack>
      <Box ref={gridBox} sx={{ height }}>
        <DataGrid
          aria-label="Import report"
          rows={visible}
          columns={columns}
          getRowId={(row) => row.line}
          getRowHeight={() => 'auto'}
          density="compact"
          disableRowSelectionOnClick
          pageSizeOptions={[100]}
          initialState={{ pagination: { paginationModel: { pageSize: 100 } } }}
          sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-cell': { py: 0.75, alignItems: 'center', display: 'flex' } }}
        />
      </Box>
    </Stack>
  );
}
