import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import { DataGrid, type GridColDef, type GridPaginationModel, type GridSortModel } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { usePortalSession } from '@/hooks/use-session';
import { SEARCH_RESULT_CEILING } from '@/lib/arcgis/search-ceiling';
import { countOf, noun } from '@/lib/text/plural';

import { groupQueries } from '../api/group-queries';
import { defaultGroupListParams } from '../group-list-params';
import { type Group, type GroupListParams, type GroupPageSize, groupPageSizes, type GroupSortField, groupSortFields } from '../types';
import { GroupAccessChip } from './group-access-chip';
import { GroupMemberCount } from './group-member-count';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

type Props = { params: GroupListParams; onParamsChange: (next: Partial<GroupListParams>) => void };

export function GroupsTable({ params, onParamsChange }: Props) {
  const session = usePortalSession();
  const groups = useQuery(groupQueries.list(session, params));
  const total = groups.data?.total ?? 0;
  const filtered = Boolean(params.search || params.access || params.owner);

  const columns = useMemo<GridColDef<Group>[]>(
    () => [
      {
        field: 'title',
        headerName: 'Title',
        flex: 1.6,
        minWidth: 200,
        renderCell: ({ row }) => (
          <Link component={RouterLink} to={paths.group.href(row.id)}>
            {row.title}
          </Link>
        ),
      },
      { field: 'snippet', headerName: 'Summary', flex: 1.6, minWidth: 200, sortable: false },
      { field: 'owner', headerName: 'Owner', flex: 0.9, minWidth: 130 },
      { field: 'access', headerName: 'Access', width: 130, sortable: false, renderCell: ({ row }) => <GroupAccessChip access={row.access} /> },
      { field: 'members', headerName: 'Members', width: 100, sortable: false, renderCell: ({ row }) => <GroupMemberCount groupId={row.id} /> },
      { field: 'modified', headerName: 'Modified', width: 130, valueFormatter: (value: number) => dateFormat.format(value) },
      { field: 'created', headerName: 'Created', width: 130, valueFormatter: (value: number) => dateFormat.format(value) },
    ],
    [],
  );

  const sortModel = useMemo<GridSortModel>(() => [{ field: params.sortField, sort: params.sortOrder }], [params.sortField, params.sortOrder]);

  const handleSortModelChange = (model: GridSortModel) => {
    const [first] = model;
    const field = groupSortFields.includes(first?.field as GroupSortField) ? (first?.field as GroupSortField) : undefined;
    if (field === params.sortField && first?.sort === params.sortOrder) return;
    onParamsChange(
      field && first?.sort
        ? { sortField: field, sortOrder: first.sort, page: 0 }
        : { sortField: defaultGroupListParams.sortField, sortOrder: defaultGroupListParams.sortOrder, page: 0 },
    );
  };

  const handlePaginationModelChange = (model: GridPaginationModel) => {
    const pageSize = groupPageSizes.includes(model.pageSize as GroupPageSize) ? (model.pageSize as GroupPageSize) : params.pageSize;
    const page = pageSize === params.pageSize ? model.page : 0;
    if (page === params.page && pageSize === params.pageSize) return;
    onParamsChange({ page, pageSize });
  };

  if (groups.isError) {
    return <ErrorAlert title="The groups could not be loaded" message={groups.error.message} onRetry={() => void groups.refetch()} />;
  }

  return (
    <Stack spacing={1.5}>
      <Typography variant="body2" color="text.secondary" role="status" aria-live="polite">
        {groups.isPending ? 'Loading groups…' : `${countOf(total, 'group')}${filtered ? ` ${noun(total, 'matches', 'match')}` : ''}`}
      </Typography>
      <Box sx={{ height: 'calc(100vh - 330px)', minHeight: 420 }}>
        <DataGrid
          aria-label="Groups"
          rows={groups.data?.groups ?? []}
          columns={columns}
          rowCount={Math.min(total, SEARCH_RESULT_CEILING)}
          loading={groups.isFetching}
          paginationMode="server"
          sortingMode="server"
          paginationModel={{ page: params.page, pageSize: params.pageSize }}
          onPaginationModelChange={handlePaginationModelChange}
          pageSizeOptions={[...groupPageSizes]}
          sortModel={sortModel}
          onSortModelChange={handleSortModelChange}
          sortingOrder={['asc', 'desc']}
          disableColumnFilter
          disableRowSelectionOnClick
          rowHeight={44}
          localeText={{ noRowsLabel: filtered ? 'No groups match.' : 'This organization has no groups yet.' }}
          slotProps={{ loadingOverlay: { variant: 'skeleton', noRowsVariant: 'skeleton' } }}
          sx={{ bgcolor: 'background.paper' }}
        />
      </Box>
    </Stack>
  );
}
