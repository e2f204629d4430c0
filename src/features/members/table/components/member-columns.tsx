import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import type { GridColDef, GridRenderCellParams } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';

import { paths } from '@/config/paths';
import { roleLabel } from '@/lib/arcgis/role-labels';

import { CellText } from './cell-text';
import { creditSummary } from '../../bulk/credit-fields';
import type { Member, MemberLookups, MemberSortField } from '../../types';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Grid column field → the portal's sortField; columns missing here cannot be sorted by the portal. */
export const sortFieldByColumn: Partial<Record<keyof Member, MemberSortField>> = {
  username: 'username',
  fullName: 'fullname',
  created: 'created',
  lastLogin: 'lastlogin',
  role: 'role',
};

/** Text cells show what fits and the whole value as a tooltip when cut ("GIS Professional Advanced", long e-mails). */
const textCell = ({ formattedValue }: GridRenderCellParams<Member>) => <CellText text={String(formattedValue ?? '')} />;

/** The columns, for the column chooser and the hidden columns kept in storage. */
export const memberColumnFields = ['username', 'fullName', 'email', 'role', 'userTypeId', 'lastLogin', 'created', 'disabled', 'assignedCredits'] as const;

/**
 * Widths: at 1440 px every column fits with the navigation open and "Full name" reads whole; the text columns share
 * the room (flex); the user type column stays wide enough for the longest built-in name ("GIS Professional Advanced"),
 * a long role is cut with the whole of it as a tooltip. Narrower windows scroll sideways; the Columns chooser hides what a person does not need.
 */
export function memberColumns(lookups: MemberLookups | undefined, canSort: (sortField: MemberSortField) => boolean = () => true): GridColDef<Member>[] {
  // Only what the resource asked can sort: the member search sorts by fewer fields than the listing (users-api.ts).
  const sortable = (field: keyof Member) => {
    const sortField = sortFieldByColumn[field];
    return sortField !== undefined && canSort(sortField);
  };
  return [
    {
      field: 'username',
      headerName: 'Username',
      flex: 1,
      minWidth: 125,
      sortable: sortable('username'),
      renderCell: ({ value }: { value?: string }) => (
        <CellText text={value ?? ''}>
          <Link component={RouterLink} to={paths.member.href(value ?? '')}>
            {value}
          </Link>
        </CellText>
      ),
    },
    { field: 'fullName', headerName: 'Full name', flex: 1, minWidth: 140, sortable: sortable('fullName'), renderCell: textCell },
    { field: 'email', headerName: 'Email', flex: 1.4, minWidth: 160, sortable: false, renderCell: textCell },
    {
      field: 'role',
      headerName: 'Role',
      flex: 0.7,
      minWidth: 115,
      sortable: sortable('role'),
      valueGetter: (_value, member) => roleLabel(member, lookups?.roleNames),
      renderCell: textCell,
    },
    {
      field: 'userTypeId',
      headerName: 'User type',
      width: 215,
      sortable: false,
      valueGetter: (value: string | undefined) => (value ? (lookups?.userTypeNames.get(value) ?? value) : ''),
      renderCell: textCell,
    },
    {
      field: 'lastLogin',
      headerName: 'Last login',
      width: 118,
      sortable: sortable('lastLogin'),
      valueFormatter: (value: number | null) => (value === null ? 'Never' : dateFormat.format(value)),
    },
    {
      field: 'created',
      headerName: 'Created',
      width: 118,
      sortable: sortable('created'),
      valueFormatter: (value: number) => dateFormat.format(value),
    },
    {
      field: 'disabled',
      headerName: 'Status',
      width: 98,
      sortable: false,
      renderCell: ({ value }) =>
        value ? (
          <Chip label="Disabled" size="small" color="warning" variant="outlined" />
        ) : (
          <Chip label="Active" size="small" color="success" variant="outlined" />
        ),
    },
    {
      field: 'assignedCredits',
      headerName: 'Credits',
      width: 200,
      sortable: false,
      valueGetter: (_value, member) => (member.assignedCredits === undefined ? '—' : creditSummary(member)),
      renderCell: textCell,
    },
  ];
}
