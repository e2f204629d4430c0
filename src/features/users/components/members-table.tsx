import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridPaginationModel, type GridSortModel } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import { usePortalSession } from '@/hooks/use-session';

import { userQueries } from '../api/user-queries';
import { hasMemberFilters } from '../member-filters';
import { defaultMemberListParams } from '../member-list-params';
import { type MemberListParams, type MemberPageSize, memberPageSizes } from '../types';
import { memberColumns, sortFieldByColumn } from './member-columns';

/** The portal pages through the first 10,000 results of any search, however many match. */
const SEARCH_PAGING_CEILING = 10_000;

type Props = { params: MemberListParams; onParamsChange: (next: Partial<MemberListParams>) => void };

export function MembersTable({ params, onParamsChange }: Props) {
  const session = usePortalSession();
  const members = useQuery(userQueries.list(session, params));
  const lookups = useQuery(userQueries.lookups(session));
  const columns = useMemo(() => memberColumns(lookups.data), [lookups.data]);
  const total = members.data?.total ?? 0;
  const isFiltered = hasMemberFilters(params.filters);
  const matching = [params.search ? `“${params.search}”` : '', isFiltered ? 'the filters' : ''].filter(Boolean).join(' and ');

  const sortModel = useMemo<GridSortModel>(
    () => [
      {
        field:
          Object.entries(sortFieldByColumn).find(([, sortField]) => sortField === params.sortField)?.[0] ?? 'username',
        sort: params.sortOrder,
      },
    ],
    [params.sortField, params.sortOrder],
  );

  const handleSortModelChange = (model: GridSortModel) => {
    const [first] = model;
    const sortField = first ? sortFieldByColumn[first.field as keyof typeof sortFieldByColumn] : undefined;
    // The grid also reports the model it was given; only a real change resets to the first page.
    if (sortField === params.sortField && first?.sort === params.sortOrder) return;
    onParamsChange(
      sortField && first?.sort
        ? { sortField, sortOrder: first.sort, page: 0 }
        : { sortField: defaultMemberListParams.sortField, sortOrder: defaultMemberListParams.sortOrder, page: 0 },
    );
  };

  const handlePaginationModelChange = (model: GridPaginationModel) => {
    const pageSize = memberPageSizes.includes(model.pageSize as MemberPageSize)
      ? (model.pageSize as MemberPageSize)
      : params.pageSize;
    const page = pageSize === params.pageSize ? model.page : 0;
    if (page === params.page && pageSize === params.pageSize) return;
    onParamsChange({ page, pageSize });
  };

  if (members.isError) {
    return (
      <ErrorAlert
        title="The members could not be loaded"
        message={members.error.message}
        onRetry={() => void members.refetch()}
      />
    );
  }

  return (
    <Stack spacing={1.5}>
      <Typography variant="body2" color="text.secondary" role="status" aria-live="polite">
        {members.isPending
          ? 'Loading members…'
          : `${total.toLocaleString()} ${total === 1 ? 'member' : 'members'}${matching ? ` match ${matching}` : ''}`}
      </Typography>
      {total > SEARCH_PAGING_CEILING ? (
        <Alert severity="info">
          The portal pages through the first {SEARCH_PAGING_CEILING.toLocaleString()} results of a search. Narrow the
          search to reach the other {(total - SEARCH_PAGING_CEILING).toLocaleString()}.
        </Alert>
      ) : null}
      {lookups.isError ? (
        <Alert severity="warning">
          Role and user type names could not be loaded ({lookups.error.message}); ids are shown instead.
        </Alert>
      ) : null}
      <Box sx={{ height: 'calc(100vh - 310px)', minHeight: 420 }}>
        <DataGrid
          aria-label="Members"
          rows={members.data?.members ?? []}
          getRowId={(member) => member.username}
          columns={columns}
          rowCount={Math.min(total, SEARCH_PAGING_CEILING)}
          loading={members.isFetching}
          paginationMode="server"
          sortingMode="server"
          paginationModel={{ page: params.page, pageSize: params.pageSize }}
          onPaginationModelChange={handlePaginationModelChange}
          pageSizeOptions={[...memberPageSizes]}
          sortModel={sortModel}
          onSortModelChange={handleSortModelChange}
          sortingOrder={['asc', 'desc']}
          disableColumnFilter
          disableRowSelectionOnClick
          rowHeight={44}
          localeText={{
            noRowsLabel: matching ? `No members match ${matching}.` : 'This organization has no members yet.',
          }}
          slotProps={{ loadingOverlay: { variant: 'skeleton', noRowsVariant: 'skeleton' } }}
          sx={{ bgcolor: 'background.paper' }}
        />
      </Box>
    </Stack>
  );
}
