import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';

import { SelectField } from '@/components/select-field';
import { listPageSizes } from '@/lib/list-params/page-sizes';
import { countOf } from '@/lib/text/plural';

import type { ImportRole, ImportUserType } from '../../core/types';
import type { EnterpriseReviewRow, EnterpriseReviewSummary } from '../enterprise-review';
import { AccountCell, autoHeightCells, WrappedCell } from './account-cells';

const STATUS_LABELS: Record<EnterpriseReviewRow['status'], string> = {
  ready: 'Will be added',
  member: 'Already a member',
  'no-email': 'No e-mail',
  duplicate: 'Listed twice',
  removed: 'Removed',
};

type Props = {
  rows: readonly EnterpriseReviewRow[];
  summary: EnterpriseReviewSummary;
  roles: readonly ImportRole[];
  userTypes: readonly ImportUserType[] | null;
  roleId: string;
  userTypeId: string;
  onRoleChange: (roleId: string) => void;
  onUserTypeChange: (userTypeId: string) => void;
  onToggleRemoved: (username: string) => void;
  onBack: () => void;
  onAdd: () => void;
};

/** Step 2: every account with what will happen to it; one role and user type for all; nothing is sent before "Add". */
export function EnterpriseReviewStep(props: Props) {
  const { rows, summary, roles, userTypes, roleId, userTypeId, onToggleRemoved } = props;
  const type = userTypes?.find((t) => t.id === userTypeId);
  const seatsShort = type?.seatsLeft != null && summary.ready > type.seatsLeft;
  const incompatibleType = type?.compatibleRoleIds != null && !type.compatibleRoleIds.includes(roleId) ? type : null;
  const columns = useMemo<GridColDef<EnterpriseReviewRow>[]>(
    () => [
      // Name, login and e-mail in one column, and the reason wrapped: every column fits a 1024-pixel window.
      {
        field: 'username',
        headerName: 'Account',
        flex: 1.3,
        minWidth: 220,
        valueGetter: (_, row) => row.account.username,
        renderCell: ({ row }) => <AccountCell name={row.account.fullname} login={row.account.username} email={row.account.email || 'No e-mail address'} />,
      },
      { field: 'status', headerName: 'Status', width: 130, valueGetter: (_, row) => STATUS_LABELS[row.status] },
      {
        field: 'reason',
        headerName: 'Why',
        flex: 1.5,
        minWidth: 200,
        renderCell: ({ value }) => <WrappedCell text={String(value ?? '')} />,
      },
      {
        field: 'action',
        headerName: '',
        width: 96,
        sortable: false,
        renderCell: ({ row }) =>
          row.status === 'ready' || row.status === 'removed' ? (
            <Button
              size="small"
              onClick={() => onToggleRemoved(row.account.username)}
              aria-label={`${row.status === 'ready' ? 'Remove' : 'Restore'} ${row.account.username}`}
            >
              {row.status === 'ready' ? 'Remove' : 'Restore'}
            </Button>
          ) : null,
      },
    ],
    [onToggleRemoved],
  );
  const parts = [
    `${countOf(summary.ready, 'account')} will be added`,
    summary.member > 0 ? countOf(summary.member, 'is already a member', 'are already members') : '',
    summary['no-email'] > 0 ? `${countOf(summary['no-email'], 'has no e-mail address', 'have no e-mail address')} (not added)` : '',
    summary.duplicate > 0 ? countOf(summary.duplicate, 'is listed twice', 'are listed twice') : '',
    summary.removed > 0 ? countOf(summary.removed, 'removed by you', 'removed by you') : '',
  ].filter(Boolean);
  return (
    <Stack spacing={2}>
      <Typography role="status">{parts.join(' · ')}</Typography>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <SelectField
            label="Role for every added account"
            value={roleId}
            onValueChange={props.onRoleChange}
            sx={{ minWidth: 260 }}
            options={roles.map((role) => ({ value: role.id, label: role.name }))}
          />
          {userTypes ? (
            <SelectField
              label="User type for every added account"
              value={userTypeId}
              onValueChange={props.onUserTypeChange}
              sx={{ minWidth: 300 }}
              options={userTypes.map((t) => ({
                value: t.id,
                label: `${t.name} — ${t.seatsLeft === null ? 'seats not reported by the portal' : `${countOf(t.seatsLeft, 'seat')} left`}`,
              }))}
            />
          ) : (
            <Alert severity="info">The portal did not list its user types: accounts are sent without one and the portal decides.</Alert>
          )}
        </Stack>
      </Paper>
      {seatsShort ? (
        <Alert severity="error">
          {type.name} has {countOf(type.seatsLeft ?? 0, 'seat')} left for {countOf(summary.ready, 'account')}: choose another user type or remove accounts.
        </Alert>
      ) : null}
      {incompatibleType ? <Alert severity="error">The role you chose cannot be given with the user type {incompatibleType.name}: choose another.</Alert> : null}
      <DataGrid
        aria-label="Accounts to add"
        rows={rows}
        getRowId={(row) => row.account.username.toLowerCase() + (row.status === 'duplicate' ? `#${String(rows.indexOf(row))}` : '')}
        columns={columns}
        density="compact"
        getRowHeight={() => 'auto'}
        initialState={{ pagination: { paginationModel: { pageSize: 100 } } }}
        pageSizeOptions={[...listPageSizes]}
        disableRowSelectionOnClick
        sx={{ height: 'min(70vh, 640px)', ...autoHeightCells }}
      />
      <Stack direction="row" spacing={1}>
        <Button onClick={props.onBack}>Back</Button>
        <Button variant="contained" disabled={summary.ready === 0 || seatsShort || incompatibleType !== null} onClick={props.onAdd}>
          Add {countOf(summary.ready, 'member')}
        </Button>
      </Stack>
    </Stack>
  );
}
