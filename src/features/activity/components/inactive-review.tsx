import Alert from '@mui/material/Alert';
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
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { PageContainer } from '@/components/page-container';
import { TableHeader } from '@/components/table-header';
import { TextInput } from '@/components/text-input';
import { usePortalSession } from '@/hooks/use-session';

import { type InactiveMember, inactiveQueries } from '../api/inactive-api';
import { formatStorage } from '../format-storage';

type Props = {
  /** `yyyy-mm-dd`: members whose last sign-in is before the end of this day. */
  before: string;
  onBeforeChange: (before: string) => void;
  /** The end of the members table's last-login range (its own rule, from the app), epoch ms. */
  signedInBefore: number;
  /** The members table filtered the same way: where the bulk actions (disable, delete…) run on them. */
  membersTableHref: string;
  memberHref: (username: string) => string;
  canCountItems: boolean;
};

/** The inactive-accounts review: members who have not signed in since a date, with what they own. */
export function InactiveReview({ before, onBeforeChange, signedInBefore, membersTableHref, memberHref, canCountItems }: Props) {
  const beforeText = dayText(before);
  const session = usePortalSession();
  const [page, setPage] = useState(0);
  const members = useQuery(inactiveQueries.members(session, signedInBefore));
  return (
    <PageContainer title="Inactive members">
      <Typography sx={{ mb: 2 }}>
        Members who have not signed in since a date, with the content they own, for the review administrators run every term. Members who never signed in are
        not listed here; the members table filters them.
      </Typography>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <TextInput
          type="date"
          size="small"
          label="Not signed in since"
          value={before}
          onValueChange={(value) => {
            setPage(0);
            onBeforeChange(value);
          }}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <Button variant="contained" component={RouterLink} to={membersTableHref}>
          Select them in the members table
        </Button>
      </Stack>
      {members.isPending ? (
        <Skeleton variant="rounded" height={240} />
      ) : members.isError ? (
        <ErrorAlert title="Could not read the members" message={members.error.message} onRetry={() => void members.refetch()} />
      ) : members.data.length === 0 ? (
        <Alert severity="success">Every member has signed in since {beforeText}.</Alert>
      ) : (
        <>
          <Typography sx={{ mb: 1 }}>
            {members.data.length.toLocaleString()} members have not signed in since {beforeText}. Select them in the members table (“Select all that match”) to
            disable them, change their user type or transfer their content.
          </Typography>
          <Table size="small" aria-label="Inactive members">
            <TableHeader columns={['Member', 'Last sign-in', { label: 'Items', align: 'right' }, { label: 'Storage', align: 'right' }, 'Status']} />
            <TableBody>
              {members.data.slice(page * 25, page * 25 + 25).map((member) => (
                <InactiveRow key={member.username} member={member} href={memberHref(member.username)} canCountItems={canCountItems} />
              ))}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={members.data.length}
            page={page}
            rowsPerPage={25}
            rowsPerPageOptions={[25]}
            showFirstButton
            showLastButton
            onPageChange={(_event, next) => setPage(next)}
          />
        </>
      )}
    </PageContainer>
  );
}

/** A `yyyy-mm-dd` day as the reader writes dates (the same day the date field shows). */
const dayText = (day: string) => {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? day : new Date(time).toLocaleDateString(undefined, { timeZone: 'UTC' });
};

function InactiveRow({ member, href, canCountItems }: { member: InactiveMember; href: string; canCountItems: boolean }) {
  const session = usePortalSession();
  const items = useQuery({ ...inactiveQueries.itemCount(session, member.username), enabled: canCountItems });
  return (
    <TableRow>
      <TableCell>
        <Link component={RouterLink} to={href}>
          {member.fullName}
        </Link>{' '}
        ({member.username})
      </TableCell>
      <TableCell>{member.lastLogin === null ? 'not reported' : new Date(member.lastLogin).toLocaleDateString()}</TableCell>
      <TableCell align="right">
        {!canCountItems ? 'not shown' : items.isPending ? '…' : items.isError ? 'could not count' : items.data.toLocaleString()}
      </TableCell>
      <TableCell align="right">{member.storageUsage === null ? 'not reported' : formatStorage(member.storageUsage)}</TableCell>
      <TableCell>{member.disabled ? 'Disabled' : 'Active'}</TableCell>
    </TableRow>
  );
}
