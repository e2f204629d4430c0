import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useMemo, useState } from 'react';

import { downloadTextFile } from '@/lib/download-text-file';

import type { EditableMemberRow } from '../import-session';
import { describeImportSummary } from '../import-summary';
import { type ImportView, reviewCell, reviewStatuses, type ReviewTextColumn } from '../import-view';
import type { MemberField, MemberRowStatus } from '../types';
import { ImportRowEditor } from './import-row-editor';
import { ImportStatusChip, statusLabel } from './import-status-chip';

/** A grid row is only a line and its index into the columnar review; cells are decoded when the grid asks. */
type ReviewRow = { line: number; index: number };

type Props = {
  analysis: ImportView;
  fileName: string;
  onExclude: (line: number, isExcluded: boolean) => void;
  onEdit: (line: number, values: Partial<Record<MemberField, string>>) => void;
  /** The row as the Fix dialog edits it (without its password), from the worker. */
  loadRow: (line: number) => Promise<EditableMemberRow | null>;
  /** The review as CSV, built by the worker. */
  reviewCsv: () => Promise<string>;
  onConfirm: () => void;
  onBack: () => void;
  /** A resumed run must be able to finish even when every remaining row only needs confirming. */
  isResuming: boolean;
};

const filters: (MemberRowStatus | 'all')[] = ['all', 'ready', 'warning', 'error', 'exists', 'skipped', 'done'];

/** Every row with its status and reasons; nothing is written until the reviewer confirms the summary. */
export function ImportReviewStep({ analysis, fileName, onExclude, onEdit, loadRow, reviewCsv, onConfirm, onBack, isResuming }: Props) {
  const [filter, setFilter] = useState<MemberRowStatus | 'all'>('all');
  const [editingRow, setEditingRow] = useState<EditableMemberRow | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const { summary, review } = analysis;

  const visible = useMemo<ReviewRow[]>(() => {
    const wanted = filter === 'all' ? -1 : reviewStatuses.indexOf(filter);
    const result: ReviewRow[] = [];
    for (let index = 0; index < review.lines.length; index += 1) {
      if (wanted === -1 || review.statuses[index] === wanted) result.push({ line: review.lines[index] ?? 0, index });
    }
    return result;
  }, [review, filter]);
  const statusOf = (row: ReviewRow) => reviewCell.status(review, row.index);
  const textColumn = (field: ReviewTextColumn, headerName: string, size: Partial<GridColDef<ReviewRow>>): GridColDef<ReviewRow> => ({
    field,
    headerName,
    ...size,
    valueGetter: (_value, row) => reviewCell.text(review, field, row.index),
  });

  const openEditor = (line: number) => {
    void loadRow(line).then((row) => {
      setEditingRow(row);
    });
  };

  const columns: GridColDef<ReviewRow>[] = [
    { field: 'line', headerName: 'Line', width: 60, type: 'number' },
    {
      field: 'status',
      headerName: 'Status',
      width: 140,
      valueGetter: (_value, row) => statusOf(row),
      renderCell: ({ row }) => <ImportStatusChip status={statusOf(row)} />,
    },
    textColumn('username', 'Username', { flex: 1, minWidth: 110 }),
    textColumn('name', 'Name', { flex: 1, minWidth: 100 }),
    textColumn('email', 'Email', { flex: 1.2, minWidth: 140 }),
    textColumn('role', 'Role', { width: 95 }),
    textColumn('userType', 'User type', { width: 100 }),
    {
      field: 'messages',
      headerName: 'Problems',
      flex: 2.4,
      minWidth: 240,
      sortable: false,
      valueGetter: (_value, row) => reviewCell.messages(review, row.index),
      valueFormatter: (value: string[]) => value.join(' '),
      renderCell: ({ row }) => (
        <Stack spacing={0.5}>
          {reviewCell.messages(review, row.index).map((message) => (
            <span key={message}>{message}</span>
          ))}
        </Stack>
      ),
    },
    {
      field: 'actions',
      headerName: 'Actions',
      width: 150,
      sortable: false,
      renderCell: ({ row }) =>
        statusOf(row) === 'done' ? null : (
        <Stack direction="row" spacing={0.5} sx={{ height: '100%', alignItems: 'center' }}>
          <Button size="small" onClick={() => { openEditor(row.line); }} aria-label={`Fix line ${String(row.line)}`}>
            Fix
          </Button>
          <Button
            size="small"
            onClick={() => { onExclude(row.line, statusOf(row) !== 'skipped'); }}
            aria-label={`${statusOf(row) === 'skipped' ? 'Include' : 'Exclude'} line ${String(row.line)}`}
          >
            {statusOf(row) === 'skipped' ? 'Include' : 'Exclude'}
          </Button>
        </Stack>
      ),
    },
  ];

  const handleDownload = () => {
    void reviewCsv().then((csv) => {
      downloadTextFile(fileName.replace(/\.[^.]+$/, '') + '-review.csv', csv);
    });
  };

  return (
    <Stack spacing={2}>
      <Alert severity={summary.toAdd > 0 ? 'info' : 'warning'} role="status">
        {describeImportSummary(summary)}
      </Alert>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between' }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={filter}
          onChange={(_event, value: MemberRowStatus | 'all' | null) => {
            if (value) setFilter(value);
          }}
          aria-label="Show rows"
        >
          {filters.filter((status) => status !== 'done' || summary.counts.done > 0).map((status) => (
            <ToggleButton key={status} value={status}>
              {status === 'all' ? `All (${String(summary.total)})` : `${statusLabel(status)} (${String(summary.counts[status])})`}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Button variant="outlined" onClick={handleDownload}>
          Download review (CSV)
        </Button>
      </Stack>
      <Box sx={{ height: 'calc(100vh - 400px)', minHeight: 380 }}>
        <DataGrid
          aria-label="Rows to review"
          rows={visible}
          columns={columns}
          getRowId={(row) => row.line}
          getRowHeight={() => 'auto'}
          disableRowSelectionOnClick
          pageSizeOptions={[100]}
          initialState={{ pagination: { paginationModel: { pageSize: 100 } } }}
          sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-cell': { py: 1, alignItems: 'center', display: 'flex' } }}
        />
      </Box>
      <Stack direction="row" spacing={1}>
        <Button onClick={onBack}>Back to columns</Button>
        <Button variant="contained" disabled={summary.toAdd === 0 && !isResuming} onClick={() => { setIsConfirming(true); }}>
          {summary.toAdd === 0 && isResuming
            ? 'Finish the import…'
            : `Add ${summary.toAdd.toLocaleString()} ${summary.toAdd === 1 ? 'member' : 'members'}…`}
        </Button>
      </Stack>
      {editingRow ? (
        <ImportRowEditor
          row={editingRow}
          mapping={analysis.mapping}
          onClose={() => { setEditingRow(null); }}
          onSave={(values) => {
            onEdit(editingRow.line, values);
            setEditingRow(null);
          }}
        />
      ) : null}
      <Dialog open={isConfirming} onClose={() => { setIsConfirming(false); }}>
        <DialogTitle>Add members to the portal?</DialogTitle>
        <DialogContent>
          <DialogContentText>{describeImportSummary(summary)}</DialogContentText>
          <DialogContentText sx={{ mt: 1 }}>
            Accounts are created in batches; you can pause or cancel, and a report lists what happened to every row.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => { setIsConfirming(false); }}>Keep reviewing</Button>
          <Button
            variant="contained"
            onClick={() => {
              setIsConfirming(false);
              onConfirm();
            }}
          >
            Confirm and add
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
