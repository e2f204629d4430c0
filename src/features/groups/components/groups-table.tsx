import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';

import { ServerDataGrid } from '@/components/server-data-grid';
import { paths } from '@/config/paths';
import { usePortalSession } from '@/hooks/use-session';
import { countOf, noun } from '@/lib/text/plural';

import { groupQueries } from '../api/group-queries';
import { defaultGroupListParams } from '../group-list-params';
import type { Group, GroupListParams, GroupSortField } from '../types';
import { GroupAccessChip } from './group-access-chip';
import { GroupMemberCount } from './group-member-count';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

const sortFieldByColumn: Record<string, GroupSortField> = { title: 'title', owner: 'owner', created: 'created', modified: 'modified' };
const defaultSort = { sortField: defaultGroupListParams.sortField, sortOrder: defaultGroupListParams.sortOrder };

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

  return (
    <ServerDataGrid
      aria-label="Groups"
      rows={groups.data?.groups ?? []}
      columns={columns}
      state={params}
      onStateChange={onParamsChange}
      query={groups}
      total={total}
      searchTotal
      countLine={`${countOf(total, 'group')}${filtered ? ` ${noun(total, 'matches', 'match')}` : ''}`}
      loadingLine="Loading groups…"
      errorTitle="The groups could not be loaded"
      sorting={{ fieldByColumn: sortFieldByColumn, defaultSort }}
      localeText={{ noRowsLabel: filtered ? 'No groups match.' : 'This organization has no groups yet.' }}
      height={{ height: 'calc(100vh - 330px)', minHeight: 420 }}
    />
  );
}
