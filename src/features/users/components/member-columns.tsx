import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';

import { paths } from '@/config/paths';

import { roleLabel } from '@/lib/arcgis/role-labels';

import type { Member, MemberLookups, MemberSortField } from '../types';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Grid column field → the portal's sortField; columns missing here cannot be sorted by the portal. */
export const sortFieldByColumn: Partial<Record<keyof Member, MemberSortField>> = {
  username: 'username',
  fullName: 'fullname',
  created: 'created',
  lastLogin: 'lastlogin',
};

export function memberColumns(lookups: MemberLookups | undefined): GridColDef<Member>[] {
  const sortable = (field: keyof Member) => field in sortFieldByColumn;
  return [
    {
      field: 'username',
      headerName: 'Username',
      flex: 1.1,
      minWidth: 130,
      sortable: sortable('username'),
      renderCell: ({ value }: { value?: string }) => (
        <Link component={RouterLink} to={paths.member.href(value ?? '')}>
          {value}
        </Link>
      ),
    },
    { field: 'fullName', headerName: 'Full name', flex: 1.1, minWidth: 130, sortable: sortable('fullName') },
    { field: 'email', headerName: 'Email', flex: 1.7, minWidth: 170, sortable: false },
    {
      field: 'role',
      headerName: 'Role',
      flex: 0.9,
      minWidth: 110,
      sortable: false,
      valueGetter: (_value, member) => roleLabel(member, lookups?.roleNames),
    },
    {
      field: 'userTypeId',
      headerName: 'User type',
      flex: 0.9,
      minWidth: 125,
      sortable: false,
      valueGetter: (value: string | undefined) => (value ? (lookups?.userTypeNames.get(value) ?? value) : ''),
    },
    {
      field: 'lastLogin',
      headerName: 'Last login',
      width: 125,
      sortable: sortable('lastLogin'),
      valueFormatter: (value: number | null) => (value === null ? 'Never' : dateFormat.format(value)),
    },
    {
      field: 'created',
      headerName: 'Created',
      width: 125,
      sortable: sortable('created'),
      valueFormatter: (value: number) => dateFormat.format(value),
    },
    {
      field: 'disabled',
      headerName: 'Status',
      width: 90,
      sortable: false,
      renderCell: ({ value }) =>
        value ? (
          <Chip label="Disabled" size="small" color="warning" variant="outlined" />
        ) : (
          <Chip label="Active" size="small" color="success" variant="outlined" />
        ),
    },
  ];
}
