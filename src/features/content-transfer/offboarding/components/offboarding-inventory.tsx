import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

import { TableHeader } from '@/components/table-header';

import { holdingsNotes, itemsByFolder, type OffboardingInventory } from '../offboarding-status';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `inventory-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2, height: '100%' }}>
      <Typography id={id} variant="h2" sx={{ fontSize: '1.05rem', mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** What the member has: items by folder, groups owned (with member counts), memberships, user type, invitations. */
export function OffboardingInventoryView({ inventory }: { inventory: OffboardingInventory }) {
  const folders = itemsByFolder(inventory);
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <Section title={`Items (${inventory.items.length.toLocaleString()})`}>
          <Table size="small" aria-label="Items by folder">
            <TableHeader columns={['Folder', { label: 'Items', align: 'right' }]} />
            <TableBody>
              {folders.map((folder) => (
                <TableRow key={folder.folderId ?? 'root'}>
                  <TableCell>{folder.title}</TableCell>
                  <TableCell align="right">{folder.count.toLocaleString()}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Section>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Stack spacing={2}>
          <Section title={`Groups owned (${String(inventory.ownedGroups.length)})`}>
            {inventory.ownedGroups.length === 0 ? (
              <Typography variant="body2">None.</Typography>
            ) : (
              <Table size="small" aria-label="Groups owned">
                <TableHeader columns={['Group', { label: 'Members', align: 'right' }]} />
                <TableBody>
                  {inventory.ownedGroups.map((group) => (
                    <TableRow key={group.id}>
                      <TableCell>{group.title}</TableCell>
                      <TableCell align="right">{group.memberCount === null ? '?' : group.memberCount.toLocaleString()}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Section>
          <Section title="Account">
            <Stack spacing={1}>
              <Typography variant="body2">
                {inventory.member.fullName} ({inventory.member.username}) · user type {inventory.userTypeName ?? inventory.member.userTypeId ?? 'unknown'}{' '}
                {/* A span: a Chip is a div by default, and a div cannot sit inside this paragraph. */}
                {inventory.member.disabled ? <Chip component="span" size="small" label="Disabled" /> : null}
              </Typography>
              <Typography variant="body2">
                Member of {inventory.memberships.length === 0 ? 'no other groups' : inventory.memberships.map((group) => group.title).join(', ')}.
              </Typography>
              <Typography variant="body2">
                Pending invitations: {inventory.invitations === null ? 'not shown by the portal' : String(inventory.invitations)}.
              </Typography>
              {holdingsNotes(inventory).map((note) => (
                <Typography key={note} variant="body2">
                  {note}
                </Typography>
              ))}
            </Stack>
          </Section>
        </Stack>
      </Grid>
    </Grid>
  );
}
