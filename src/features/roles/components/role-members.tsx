import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { TableHeader } from '@/components/table-header';
import { paths } from '@/config/paths';
import { usePortalSession } from '@/hooks/use-session';
import { SEARCH_RESULT_CEILING } from '@/lib/arcgis/search-ceiling';
import { countOf, noun } from '@/lib/text/plural';

import { roleQueries } from '../api/role-queries';
import { roleMembersHref } from '../role-member-query';

const pageSize = 10;

type Props = { roleKey: string; roleName: string; page: number; onPageChange: (page: number) => void };

/** The role's members, ten a page, with the way to the full members table filtered by the role. */
export function RoleMembers({ roleKey, roleName, page, onPageChange }: Props) {
  const session = usePortalSession();
  const members = useQuery(roleQueries.members(session, roleKey, page, pageSize));
  if (members.isPending) return <Skeleton height={120} />;
  if (members.isError) return <ErrorAlert title="Members could not be loaded" message={members.error.message} />;
  const { total } = members.data;
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography role="status">
          {countOf(total, 'member')} {noun(total, 'holds', 'hold')} this role.
        </Typography>
        {total > 0 ? (
          <Button component={RouterLink} to={roleMembersHref(roleKey)} size="small" variant="outlined">
            Open in the members table
          </Button>
        ) : null}
      </Stack>
      {total > 0 ? (
        <>
          <Table size="small" aria-label={`Members with the ${roleName} role`}>
            <TableHeader columns={['Username', 'Name', 'Last login']} />
            <TableBody>
              {members.data.members.map((member) => (
                <TableRow key={member.username}>
                  <TableCell>
                    <Link component={RouterLink} to={paths.member.href(member.username)}>
                      {member.username}
                    </Link>
                  </TableCell>
                  <TableCell>{member.fullName}</TableCell>
                  <TableCell>{member.lastLogin ? new Date(member.lastLogin).toLocaleDateString() : 'Never'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={Math.min(total, SEARCH_RESULT_CEILING)}
            page={page}
            rowsPerPage={pageSize}
            rowsPerPageOptions={[pageSize]}
            onPageChange={(_, next) => {
              onPageChange(next);
            }}
          />
        </>
      ) : null}
    </Stack>
  );
}
