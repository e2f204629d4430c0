import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

import { TableHeader } from '@/components/table-header';
import { paths } from '@/config/paths';
import { countOf } from '@/lib/text/plural';

import type { MemberContentSummary, MemberDetails, MemberInvitation } from '../../types';
import { groupPrivileges } from '../privilege-labels';

export function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Paper component="section" variant="outlined" aria-labelledby={id} sx={{ p: 2.5 }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1.5 }}>
        <Typography id={id} variant="h2" sx={{ fontSize: '1.1rem', fontWeight: 600, flexGrow: 1 }}>
          {title}
        </Typography>
        {action}
      </Stack>
      {children}
    </Paper>
  );
}

/** Term/description pairs as a real `<dl>`, two columns. */
export function Facts({ facts }: { facts: [string, ReactNode][] }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(140px, max-content) 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
      {facts.map(([term, value]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" color="text.secondary">
            {term}
          </Typography>
          <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? String(value) : value.toFixed(value < 10 ? 1 : 0)} ${units[unit] ?? ''}`;
}

export function StorageBar({ member }: { member: MemberDetails }) {
  const percent = member.storageQuota > 0 ? Math.min(100, (member.storageUsage / member.storageQuota) * 100) : 0;
  return (
    <Stack spacing={0.75}>
      <Typography>
        {formatBytes(member.storageUsage)} of {member.storageQuota > 0 ? formatBytes(member.storageQuota) : 'no quota'} used
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-label="Storage used"
        aria-valuetext={`${percent.toFixed(1)} percent of the quota`}
        color={percent > 90 ? 'error' : 'primary'}
        sx={{ height: 8, borderRadius: 4 }}
      />
    </Stack>
  );
}

export function PrivilegeList({ privileges }: { privileges: string[] | null }) {
  if (!privileges) return <Typography color="text.secondary">The portal does not list this member's privileges.</Typography>;
  const groups = groupPrivileges(privileges);
  return (
    <Stack spacing={1.5}>
      {groups.map((group) => (
        <Box key={group.area}>
          <Typography variant="h3" sx={{ fontSize: '0.95rem', fontWeight: 600, mb: 0.5 }}>
            {group.area} ({group.privileges.length})
          </Typography>
          <Stack component="ul" direction="row" useFlexGap spacing={0.75} sx={{ flexWrap: 'wrap', listStyle: 'none', p: 0, m: 0 }}>
            {group.privileges.map(({ privilege, label }) => (
              <li key={privilege}>
                <Chip size="small" label={label} title={privilege} />
              </li>
            ))}
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}

const memberTypeLabel = { owner: 'Owner', admin: 'Manager', member: 'Member' } as const;

export function GroupTable({ member }: { member: MemberDetails }) {
  if (member.groups.length === 0) return <Typography color="text.secondary">Not a member of any group.</Typography>;
  return (
    <Table size="small" aria-label="Groups">
      <TableHeader columns={['Group', 'Sharing', 'Member type']} />
      <TableBody>
        {[...member.groups]
          .sort((a, b) => a.title.localeCompare(b.title))
          .map((group) => (
            <TableRow key={group.id}>
              <TableCell>
                <Link component={RouterLink} to={paths.group.href(group.id)}>
                  {group.title}
                </Link>
              </TableCell>
              <TableCell sx={{ textTransform: 'capitalize' }}>{group.access === 'account' ? 'Organization' : group.access}</TableCell>
              <TableCell>{memberTypeLabel[group.memberType]}</TableCell>
            </TableRow>
          ))}
      </TableBody>
    </Table>
  );
}

const invitationRole = { group_member: 'Member', group_admin: 'Manager' } as const;
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Group invitations the member has not answered yet (only the member can accept or decline them). */
export function InvitationTable({ invitations }: { invitations: MemberInvitation[] }) {
  if (invitations.length === 0) return <Typography color="text.secondary">No pending invitations.</Typography>;
  return (
    <Table size="small" aria-label="Pending invitations">
      <TableHeader columns={['Group', 'As', 'Invited by', 'Expires']} />
      <TableBody>
        {invitations.map((invitation) => (
          <TableRow key={invitation.id}>
            <TableCell>
              <Link component={RouterLink} to={paths.group.href(invitation.groupId)}>
                {invitation.groupTitle ?? invitation.groupId}
              </Link>
            </TableCell>
            <TableCell>{invitationRole[invitation.role]}</TableCell>
            <TableCell>{invitation.from}</TableCell>
            <TableCell>{invitation.expiration > 0 ? dayFormat.format(invitation.expiration) : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function ContentSummary({ username, content }: { username: string; content: MemberContentSummary }) {
  const total = content.rootItems + content.folders.reduce((sum, folder) => sum + folder.items, 0);
  return (
    <Stack spacing={1}>
      <Typography>
        {countOf(total, 'item')} in {countOf(content.folders.length + 1, 'folder')}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        <li>Root folder: {content.rootItems.toLocaleString()}</li>
        {content.folders.map((folder) => (
          <li key={folder.id}>
            {folder.title}: {folder.items.toLocaleString()}
          </li>
        ))}
      </Box>
      <Link component={RouterLink} to={paths.content.href(username)}>
        Browse the content of {username}
      </Link>
    </Stack>
  );
}
