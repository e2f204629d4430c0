import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef, type GridPaginationModel, type GridRowSelectionModel } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import { usePortalSession } from '@/hooks/use-session';
import { roleLabel } from '@/lib/arcgis/role-labels';
import { countOf } from '@/lib/text/plural';

import { invitationQueries } from '../api/invitation-queries';
import { type Invitation, type InvitationPageSize, invitationPageSizes } from '../types';
import { InvitationExpiryCell } from './invitation-expiry-cell';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const notReported = 'Not reported';

type Props = {
  page: number;
  pageSize: InvitationPageSize;
  onPageChange: (page: number, pageSize: InvitationPageSize) => void;
  /** Picked invitations by id (across pages); `null` hides the checkboxes (no privilege to cancel). */
  selected: ReadonlyMap<string, Invitation> | null;
  onSelectedChange: (next: Map<string, Invitation>) => void;
  now: number;
};

/** The organization's pending invitations, paged by the portal (oldest first, as it lists them). */
export function InvitationsTable({ page, pageSize, onPageChange, selected, onSelectedChange, now }: Props) {
  const session = usePortalSession();
  const list = useQuery(invitationQueries.page(session, page, pageSize));
  const labels = useQuery(invitationQueries.labels(session));
  const rows = list.data?.invitations ?? [];
  const total = list.data?.total ?? 0;

  const columns = useMemo<GridColDef<Invitation>[]>(() => {
    const roleNames = labels.data?.roleNames;
    const typeNames = labels.data?.userTypeNames;
    return [
      { field: 'username', headerName: 'Username', flex: 1, minWidth: 150, valueFormatter: (value: string | null) => value ?? 'Chosen by the invitee' },
      { field: 'email', headerName: 'Email', flex: 1.2, minWidth: 190, valueFormatter: (value: string | null) => value ?? notReported },
      {
        field: 'role',
        headerName: 'Role',
        flex: 0.8,
        minWidth: 120,
        valueGetter: (_value, row) => (row.role || row.roleId ? roleLabel({ role: row.role ?? undefined, roleId: row.roleId ?? undefined }, roleNames) : notReported),
      },
      {
        field: 'userTypeId',
        headerName: 'User type',
        flex: 0.8,
        minWidth: 120,
        valueGetter: (value: string | null) => (value ? (typeNames?.get(value) ?? value) : notReported),
      },
      { field: 'created', headerName: 'Invited', width: 120, valueFormatter: (value: number | null) => (value ? dateFormat.format(value) : notReported) },
      { field: 'invitedBy', headerName: 'Invited by', flex: 0.8, minWidth: 120, valueFormatter: (value: string | null) => value ?? notReported },
      {
        field: 'expiration',
        headerName: 'Expires',
        flex: 1.1,
        minWidth: 210,
        display: 'flex',
        renderCell: ({ row }) => <InvitationExpiryCell invitation={row} now={now} />,
      },
    ];
  }, [labels.data, now]);

  const selectionModel = useMemo<GridRowSelectionModel>(() => ({ type: 'include', ids: new Set(selected?.keys() ?? []) }), [selected]);

  // The grid knows this page only: merge its answer into the picks from other pages.
  const handleSelection = (model: GridRowSelectionModel) => {
    const next = new Map(selected ?? []);
    for (const row of rows) {
      const isPicked = model.type === 'include' ? model.ids.has(row.id) : !model.ids.has(row.id);
      if (isPicked) next.set(row.id, row);
      else next.delete(row.id);
    }
    onSelectedChange(next);
  };

  const handlePagination = (model: GridPaginationModel) => {
    const size = invitationPageSizes.includes(model.pageSize as InvitationPageSize) ? (model.pageSize as InvitationPageSize) : pageSize;
    onPageChange(size === pageSize ? model.page : 0, size);
  };

  if (list.isError) {
    return <ErrorAlert title="The invitations could not be loaded" message={list.error.message} onRetry={() => void list.refetch()} />;
  }

  return (
    <>
      <Typography variant="body2" color="text.secondary" role="status" aria-live="polite" sx={{ mb: 1 }}>
        {list.isPending ? 'Loading invitations…' : countOf(total, 'pending invitation')}
      </Typography>
      <Box sx={{ height: 'calc(100vh - 420px)', minHeight: 380 }}>
        <DataGrid
          aria-label="Pending invitations"
          rows={rows}
          columns={columns}
          rowCount={total}
          loading={list.isFetching}
          paginationMode="server"
          paginationModel={{ page, pageSize }}
          onPaginationModelChange={handlePagination}
          pageSizeOptions={[...invitationPageSizes]}
          checkboxSelection={selected !== null}
          keepNonExistentRowsSelected
          rowSelectionModel={selectionModel}
          onRowSelectionModelChange={handleSelection}
          disableColumnFilter
          disableColumnSorting
          disableRowSelectionOnClick
          rowHeight={44}
          localeText={{ noRowsLabel: 'No pending invitations.' }}
          slotProps={{ loadingOverlay: { variant: 'skeleton', noRowsVariant: 'skeleton' } }}
          sx={{ bgcolor: 'background.paper' }}
        />
      </Box>
    </>
  );
}
