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

import type { MemberImportAnalysis } from '../analyze-member-file';
import { describeImportSummary } from '../import-summary';
import { outcomesFromValidation, reviewToCsv } from '../review-to-csv';
import type { MemberField, MemberRowStatus } from '../types';
import { downloadCsv } from './download-csv';
import { ImportRowEditor } from './import-row-editor';
import { ImportStatusChip, statusLabel } from './import-status-chip';

type ReviewRow = {
  line: number;
  status: MemberRowStatus;
  username: string;
  name: string;
  email: string;
  role: string;
  userType: string;
  groups: string;
  messages: string[];
};

type Props = {
  analysis: MemberImportAnalysis;
  fileName: string;
  onExclude: (line: number, isExcluded: boolean) => void;
  onEdit: (line: number, values: Partial<Record<MemberField, string>>) => void;
  onConfirm: () => void;
  onBack: () => void;
  /** A resumed run must be able to finish even when every remaining row only needs confirming. */
  isResuming: boolean;
};

const filters: (MemberRowStatus | 'all')[] = ['all', 'ready', 'warning', 'error', 'exists', 'skipped'];

/** Every row with its status and reasons; nothing is written until the reviewer confirms the summary. */
export function ImportReviewStep({ analysis, fileName, onExclude, onEdit, onConfirm, onBack, isResuming }: Props) {
  const [filter, setFilter] = useState<MemberRowStatus | 'all'>('all');
  const [editingLine, setEditingLine] = useState<number | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const { summary } = analysis.validation;

  const rows = useMemo<ReviewRow[]>(() => {
    const byLine = new Map(analysis.rows.map((row) => [row.line, row]));
    return analysis.validation.rows.map((result) => {
      const row = byLine.get(result.line);
      return {
        line: result.line,
        status: result.status,
        username: row?.username ?? '',
        name: row ? row.fullName || `${row.firstName} ${row.lastName}`.trim() : '',
        email: row?.email ?? '',
        role: row?.role ?? '',
        userType: row?.userType ?? '',
        groups: row?.groups.join('; ') ?? '',
        messages: result.messages.map((issue) => issue.message),
      };
    });
  }, [analysis]);
  const visible = filter === 'all' ? rows : rows.filter((row) => row.status === filter);
  const editingRow = editingLine === null ? undefined : analysis.rows.find((row) => row.line === editingLine);

  const columns: GridColDef<ReviewRow>[] = [
    { field: 'line', headerName: 'Line', width: 60, type: 'number' },
    { field: 'status', headerName: 'Status', width: 140, renderCell: ({ row }) => <ImportStatusChip status={row.status} /> },
    { field: 'username', headerName: 'Username', flex: 1, minWidth: 110 },
    { field: 'name', headerName: 'Name', flex: 1, minWidth: 100 },
    { field: 'email', headerName: 'Email', flex: 1.2, minWidth: 140 },
    { field: 'role', headerName: 'Role', width: 95 },
    { field: 'userType', headerName: 'User type', width: 100 },
    {
      field: 'messages',
      headerName: 'Problems',
      flex: 2.4,
      minWidth: 240,
      sortable: false,
      valueFormatter: (value: string[]) => value.join(' '),
      renderCell: ({ row }) => (
        <Stack spacing={0.5}>
          {row.messages.map((message) => (
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
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={0.5} sx={{ height: '100%', alignItems: 'center' }}>
          <Button size="small" onClick={() => { setEditingLine(row.line); }} aria-label={`Fix line ${String(row.line)}`}>
            Fix
          </Button>
          <Button
            size="small"
            onClick={() => { onExclude(row.line, row.status !== 'skipped'); }}
            aria-label={`${row.status === 'skipped' ? 'Include' : 'Exclude'} line ${String(row.line)}`}
          >
            {row.status === 'skipped' ? 'Include' : 'Exclude'}
          </Button>
        </Stack>
      ),
    },
  ];

  const handleDownload = () => {
    const csv = reviewToCsv(analysis.file, outcomesFromValidation(analysis.validation.rows), { mapping: analysis.mapping });
    downloadCsv(fileName.replace(/\.[^.]+$/, '') + '-review.csv', csv);
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
          {filters.map((status) => (
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
          onClose={() => { setEditingLine(null); }}
          onSave={(values) => {
            onEdit(editingRow.line, values);
            setEditingLine(null);
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
