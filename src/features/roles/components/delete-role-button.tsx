import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';

import { DialogButtons } from '@/components/dialog-buttons';
import { usePortalSession } from '@/hooks/use-session';
import { countOf, noun } from '@/lib/text/plural';

import { useDeleteRole } from '../api/role-mutations';
import { roleQueries } from '../api/role-queries';
import { roleMembersHref } from '../role-member-query';
import type { Role } from '../types';

type Props = { role: Role; onDeleted: () => void };

/** Delete a custom role, after confirmation; a role members still hold is refused with their count and a link. */
export function DeleteRoleButton({ role, onDeleted }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        color="error"
        variant="outlined"
        onClick={() => {
          setOpen(true);
        }}
      >
        Delete role
      </Button>
      {open ? (
        <DeleteRoleDialog
          role={role}
          onClose={() => {
            setOpen(false);
          }}
          onDeleted={onDeleted}
        />
      ) : null}
    </>
  );
}

function DeleteRoleDialog({ role, onClose, onDeleted }: Props & { onClose: () => void }) {
  const session = usePortalSession();
  // Counted afresh: someone may have been given the role since the page loaded.
  const count = useQuery({ ...roleQueries.memberCount(session, role.key), staleTime: 0, refetchOnMount: 'always' });
  const deletion = useDeleteRole(role.key);
  const holders = count.data ?? 0;
  const isBlocked = count.isSuccess && holders > 0;

  return (
    <Dialog open onClose={deletion.isPending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="delete-role-title">
      <DialogTitle id="delete-role-title">Delete the role “{role.name}”?</DialogTitle>
      <DialogContent>
        {count.isPending || count.isFetching ? <LinearProgress aria-label="Counting the role's members" /> : null}
        {count.isError ? <Alert severity="error">Members could not be counted: {count.error.message}</Alert> : null}
        {isBlocked && !count.isFetching ? (
          <Alert severity="warning">
            {countOf(holders, 'member')} {noun(holders, 'holds', 'hold')} this role, so it cannot be deleted. Assign {noun(holders, 'that member', 'them')}{' '}
            another role first.{' '}
            <Link component={RouterLink} to={roleMembersHref(role.key)}>
              Show the {noun(holders, 'member', countOf(holders, 'member'))}
            </Link>
          </Alert>
        ) : null}
        {count.isSuccess && holders === 0 && !count.isFetching ? <Typography>No member holds this role. Deleting it cannot be undone.</Typography> : null}
        {deletion.isError ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            The portal refused: {deletion.error.message}
          </Alert>
        ) : null}
        {deletion.isPending ? <LinearProgress aria-label="Deleting the role" sx={{ mt: 2 }} /> : null}
      </DialogContent>
      <DialogButtons
        onClose={onClose}
        closeDisabled={deletion.isPending}
        confirm={
          isBlocked
            ? null
            : {
                label: 'Delete role',
                destructive: true,
                disabled: !count.isSuccess || count.isFetching || deletion.isPending,
                onClick: () => deletion.mutate(undefined, { onSuccess: onDeleted }),
              }
        }
      />
    </Dialog>
  );
}
