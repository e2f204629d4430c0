import type { GridColDef, GridRowSelectionModel } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { ServerDataGrid } from '@/components/server-data-grid';
import { usePortalSession } from '@/hooks/use-session';
import { roleLabel } from '@/lib/arcgis/role-labels';
import { withPagePicks } from '@/lib/selection/page-picks';
import { countOf } from '@/lib/text/plural';

import { invitationQueries } from '../api/invitation-queries';
import type { InvitationPaging } from '../invitation-list-params';
import type { Invitation } from '../types';
import { InvitationExpiryCell } from './invitation-expiry-cell';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const notReported = 'Not reported';

type Props = {
  paging: InvitationPaging;
  onPagingChange: (next: Partial<InvitationPaging>) => void;
  /** Picked invitations by id (across pages); `null` hides the checkboxes (no privilege to cancel). */
  selected: ReadonlyMap<string, Invitation> | null;
  onSelectedChange: (next: Map<string, Invitation>) => void;
  now: number;
};

/** The organization's pending invitations, paged by the portal (oldest first, as it lists them). */
export function InvitationsTable({ paging, onPagingChange, selected, onSelectedChange, now }: Props) {
  const session = usePortalSession();
  const list = useQuery(invitationQueries.page(session, paging.page, paging.pageSize));
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
        valueGetter: (_value, row) =>
          row.role || row.roleId ? roleLabel({ role: row.role ?? undefined, roleId: row.roleId ?? undefined }, roleNames) : notReported,
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
  const handleSelection = (ticks: GridRowSelectionModel) => {
    onSelectedChange(withPagePicks(selected ?? new Map<string, Invitation>(), rows, (row) => row.id, ticks));
  };

  return (
    <ServerDataGrid
      aria-label="Pending invitations"
      rows={rows}
      columns={columns}
      state={paging}
      onStateChange={onPagingChange}
      query={list}
      total={total}
      countLine={countOf(total, 'pending invitation')}
      loadingLine="Loading invitations…"
      errorTitle="The invitations could not be loaded"
      checkboxSelection={selected !== null}
      keepNonExistentRowsSelected
      rowSelectionModel={selectionModel}
      onRowSelectionModelChange={handleSelection}
      localeText={{ noRowsLabel: 'No pending invitations.' }}
      height={{ height: 'calc(100vh - 420px)', minHeight: 380 }}
    />
  );
}
