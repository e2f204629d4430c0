import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import { PortalWaitNotice } from '@/components/portal-wait-notice';

import { ownershipQueries } from '../../api/ownership-queries';
import { BulkResults } from '../../bulk/components/bulk-results';
import { useBulkAction } from '../../bulk/use-bulk-action';
import type { Member } from '../../types';
import { type MemberDeletion, ownedText, ownsSomething, plainDeleteRefusal } from '../member-deletion';

type Props = {
  member: Pick<Member, 'username' | 'fullName'>;
  deletion: MemberDeletion;
  onClose: (afterRun: boolean) => void;
};

/**
 * Deleting one member: what they own is read first and the dialog says why before offering anything. Owning nothing:
 * a plain "Delete eva.schmidt". Owning content: the portal would refuse, so "transfer and delete" is offered here.
 * Add-on licences (or Esri access for a plain delete) block it, with the reason.
 */
export function DeleteMemberDialog({ member, deletion, onClose }: Props) {
  const { username } = member;
  const [hasTransferStarted, setHasTransferStarted] = useState(false);
  const run = useBulkAction();
  // Not read again once a delete or transfer started: the member may be gone by then, and the form must stay.
  const check = useQuery({ ...ownershipQueries.one(deletion, username), enabled: !hasTransferStarted && run.state.status === 'idle' });
  const [isTransferBusy, setIsTransferBusy] = useState(false);
  const isBusy = run.state.status === 'running' || isTransferBusy;
  const close = () => {
    onClose(run.state.status === 'done' || hasTransferStarted);
  };

  const handleDelete = () => {
    void run.start({ kind: 'delete' }, { batches: [[username]], settled: [], seats: null }, new Map([[username, member.fullName]]));
  };

  let content: ReactNode;
  let canDelete = false;
  if (run.state.status === 'running') {
    content = (
      <Stack spacing={1.5}>
        <Typography role="status">Deleting {username}…</Typography>
        <LinearProgress aria-label="Deleting" />
        <PortalWaitNotice connection={run.connection} onStop={run.cancel} />
      </Stack>
    );
  } else if (run.state.status === 'done') {
    content = <BulkResults action={`Delete ${username}`} kind="delete" results={run.state.results} cancelled={run.state.cancelled} />;
  } else if (check.isPending) {
    content = (
      <Stack spacing={1.5}>
        <Typography role="status">Checking what {username} owns…</Typography>
        <LinearProgress aria-label="Checking what the member owns" />
      </Stack>
    );
  } else if (check.isError) {
    content = <ErrorAlert title={`What ${username} owns could not be read`} message={check.error.message} onRetry={() => void check.refetch()} />;
  } else if (check.data.blocker) {
    content = (
      <Alert severity="error" role="status">
        {username} cannot be deleted: {check.data.blocker}
      </Alert>
    );
  } else if (ownsSomething(check.data)) {
    content = (
      <Stack spacing={2}>
        <Alert severity="info" role="status">
          {username} owns {ownedText(check.data)}. The portal deletes a member only once they own nothing, so everything moves to one member first, then{' '}
          {username} is deleted.
        </Alert>
        <deletion.TransferAndDelete
          username={username}
          onBusyChange={(busy) => {
            setIsTransferBusy(busy);
            if (busy) setHasTransferStarted(true);
          }}
        />
      </Stack>
    );
  } else {
    const refusal = plainDeleteRefusal(check.data);
    canDelete = refusal === null;
    content = refusal ? (
      <Alert severity="error" role="status">
        {username} cannot be deleted: {refusal}
      </Alert>
    ) : (
      <Typography role="status">{username} owns no items and no groups. Deleting the account cannot be undone.</Typography>
    );
  }

  return (
    <Dialog open onClose={isBusy ? undefined : close} fullWidth maxWidth={run.state.status === 'done' ? 'md' : 'sm'} aria-labelledby="delete-member-title">
      <DialogTitle id="delete-member-title">Delete {username}</DialogTitle>
      <DialogContent>{content}</DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={isBusy}>
          {run.state.status === 'done' || hasTransferStarted ? 'Close' : 'Cancel'}
        </Button>
        {canDelete && run.state.status === 'idle' ? (
          <Button variant="contained" color="error" onClick={handleDelete}>
            Delete {username}
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}
