import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableRow from '@mui/material/TableRow';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';

import { TableHeader } from '@/components/table-header';
import { paths } from '@/config/paths';
import { usePortalSession } from '@/hooks/use-session';
import { countOf } from '@/lib/text/plural';

import { roleQueries } from '../api/role-queries';
import { roleMembersHref } from '../role-member-query';
import type { Role } from '../types';

const kindLabels: Record<Role['kind'], string> = { 'built-in': 'Default', default: 'Default', custom: 'Custom' };

/** Every role with how many members hold it; the counts are separate searches, run side by side. */
export function RolesTable({ roles }: { roles: Role[] }) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table aria-label="Roles">
        <TableHeader columns={['Role', 'Kind', 'Description', { label: 'Members', align: 'right' }]} />
        <TableBody>
          {roles.map((role) => (
            <TableRow key={role.key}>
              <TableCell component="th" scope="row">
                <Link component={RouterLink} to={paths.role.href(role.key)} sx={{ fontWeight: 600 }}>
                  {role.name}
                </Link>
              </TableCell>
              <TableCell>
                <Chip size="small" variant="outlined" label={kindLabels[role.kind]} />
              </TableCell>
              <TableCell sx={{ color: 'text.secondary' }}>{role.description}</TableCell>
              <TableCell align="right">
                <MemberCount role={role} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function MemberCount({ role }: { role: Role }) {
  const session = usePortalSession();
  const count = useQuery(roleQueries.memberCount(session, role.key));
  if (count.isPending) return <Skeleton width={48} sx={{ display: 'inline-block' }} />;
  if (count.isError) return <span>Not available</span>;
  return (
    <Link component={RouterLink} to={roleMembersHref(role.key)} aria-label={`${countOf(count.data, 'member')} with the ${role.name} role`}>
      {count.data.toLocaleString()}
    </Link>
  );
}
