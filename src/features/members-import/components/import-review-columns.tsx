import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';

import { reviewCell, type ReviewColumns } from '../import-view';
import { groupTitles, type ReviewOrganization, roleName, userTypeName } from '../review-values';
import { ImportStatusChip, statusLabel } from './import-status-chip';

/** A grid row is only a line and its index into the columnar review; cells are decoded when the grid asks. */
export type ReviewRow = { line: number; index: number };

type Options = {
  review: ReviewColumns;
  organization: ReviewOrganization | null;
  /** Role, user type and groups go under the member instead of in columns of their own, so Problems stays in view. */
  isNarrow: boolean;
  onFix: (line: number) => void;
  onExclude: (line: number, isExcluded: boolean) => void;
};

/** What the row will get: the resolved name, marked "(default)" when the file left the cell empty. */
export function reviewAccess(review: ReviewColumns, organization: ReviewOrganization | null, index: number) {
  const roleText = reviewCell.text(review, 'role', index);
  const typeText = reviewCell.text(review, 'userType', index);
  const groupsText = reviewCell.text(review, 'groups', index);
  const role = organization ? roleName(organization, reviewCell.text(review, 'roleId', index), roleText) : roleText;
  const userType = organization ? userTypeName(organization, reviewCell.text(review, 'userTypeId', index), typeText) : typeText;
  return {
    role: role && !roleText ? `${role} (default)` : role,
    userType: userType && !typeText ? `${userType} (default)` : userType,
    groups: (organization ? groupTitles(groupsText, organization) : groupsText ? groupsText.split('; ') : []).join('; '),
  };
}

const secondary = { color: 'text.secondary', display: 'block', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

export function importReviewColumns({ review, organization, isNarrow, onFix, onExclude }: Options): GridColDef<ReviewRow>[] {
  const status = (row: ReviewRow) => reviewCell.status(review, row.index);
  const access = (row: ReviewRow) => reviewAccess(review, organization, row.index);
  const text = (field: 'username' | 'name' | 'email', row: ReviewRow) => reviewCell.text(review, field, row.index);
  const accessColumns: GridColDef<ReviewRow>[] = isNarrow
    ? []
    : [
        { field: 'role', headerName: 'Role', width: 110, valueGetter: (_value, row) => access(row).role },
        { field: 'userType', headerName: 'User type', width: 140, valueGetter: (_value, row) => access(row).userType },
        {
          field: 'groups',
          headerName: 'Groups',
          flex: 0.8,
          minWidth: 110,
          valueGetter: (_value, row) => access(row).groups,
          renderCell: ({ value }: { value?: string }) => <Box sx={{ whiteSpace: 'normal' }}>{value}</Box>,
        },
      ];
  return [
    { field: 'line', headerName: 'Line', width: 62, type: 'number' },
    {
      field: 'status',
      headerName: 'Status',
      width: 118,
      valueGetter: (_value, row) => statusLabel(status(row)),
      renderCell: ({ row }) => <ImportStatusChip status={status(row)} />,
    },
    {
      field: 'username',
      headerName: 'Member',
      flex: 1.2,
      minWidth: isNarrow ? 170 : 190,
      valueGetter: (_value, row) => text('username', row),
      renderCell: ({ row }) => {
        const details = [text('name', row), text('email', row)].filter(Boolean).join(' · ');
        const { role, userType, groups } = access(row);
        const rights = [role, userType, groups].filter(Boolean).join(' · ');
        return (
          <Box sx={{ minWidth: 0, lineHeight: 1.35 }}>
            <Typography variant="body2" sx={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {text('username', row) || '—'}
            </Typography>
            {details ? (
              <Typography variant="caption" sx={secondary} title={details}>
                {details}
              </Typography>
            ) : null}
            {isNarrow && rights ? (
              <Typography variant="caption" sx={secondary} title={rights}>
                {rights}
              </Typography>
            ) : null}
          </Box>
        );
      },
    },
    ...accessColumns,
    {
      field: 'problems',
      headerName: 'Problems',
      flex: 2,
      minWidth: 220,
      valueGetter: (_value, row) => reviewCell.problems(review, row.index).join(' '),
      renderCell: ({ row }) => (
        <Stack spacing={0.5} sx={{ whiteSpace: 'normal' }}>
          {reviewCell.problems(review, row.index).map((message) => (
            <span key={message}>{message}</span>
          ))}
        </Stack>
      ),
    },
    {
      field: 'actions',
      headerName: 'Actions',
      width: isNarrow ? 96 : 138,
      sortable: false,
      renderCell: ({ row }) => {
        const rowStatus = status(row);
        if (rowStatus === 'done') return null;
        const line = String(row.line);
        return (
          <Stack direction={isNarrow ? 'column' : 'row'} spacing={0.25} sx={{ alignItems: 'flex-start' }}>
            <Button size="small" onClick={() => { onFix(row.line); }} aria-label={`Fix line ${line}`}>
              Fix
            </Button>
            <Button
              size="small"
              onClick={() => { onExclude(row.line, rowStatus !== 'skipped'); }}
              aria-label={`${rowStatus === 'skipped' ? 'Include' : 'Exclude'} line ${line}`}
            >
              {rowStatus === 'skipped' ? 'Include' : 'Exclude'}
            </Button>
          </Stack>
        );
      },
    },
  ];
}
