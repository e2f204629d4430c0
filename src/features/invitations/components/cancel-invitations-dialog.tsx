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
import { usePortalSession } from '@/hooks/use-session';
import { countOf } from '@/lib/text/plural';

import { invitationQueries } from '../api/invitation-queries';
import { describeCancel, invitationName } from '../cancel-invitations';
import type { Invitation, InvitationSelection } from '../types';
import { useCancelInvitations } from '../use-cancel-invitations';
import { CancelResults } from './cancel-results';

/** How many names the preview lists before "and N more". */
const NAMED = 12;

type Props = { selection: InvitationSelection; onClose: (afterRun: boolean) => void };

/** Preview (who) → confirm naming what is cancelled → progress with stop → per-invitation report. */
export function CancelInvitationsDialog({ selection, onClose }: Props) {
  const session = usePortalSession();
  const everything = useQuery({ ...invitationQueries.everything(session), enabled: selection.kind === 'all' });
  const run = useCancelInvitations();
  // What was confirmed, kept as said: after the run the list is different.
  const [confirmed, setConfirmed] = useState<Invitation[] | null>(null);
  const invitations = confirmed ?? (selection.kind === 'picked' ? selection.invitations : (everything.data ?? null));
  const running = run.state.status === 'running';

  let content: ReactNode;
  if (run.state.status === 'running') {
    const done = run.state.results.length;
    content = (
      <Stack spacing={1.5}>
        <LinearProgress variant="determinate" value={run.state.total ? (done / run.state.total) * 100 : 0} aria-label="Progress" />
        <Typography role="status">
          {run.state.stopping ? 'Stopping: waiting for the requests in flight… ' : ''}
          {done.toLocaleString()} of {countOf(run.state.total, 'invitation')} handled
        </Typography>
        <PortalWaitNotice connection={run.connection} onStop={run.stop} />
      </Stack>
    );
  } else if (run.state.status === 'done') {
    content = <CancelResults results={run.state.results} stopped={run.state.stopped} />;
  } else if (everything.isError) {
    content = <ErrorAlert title="The invitations could not be listed" message={everything.error.message} onRetry={() => void everything.refetch()} />;
  } else if (!invitations) {
    content = (
      <Stack spacing={1.5}>
        <LinearProgress aria-label="Listing the pending invitations" />
        <Typography role="status">Listing the pending invitations…</Typography>
      </Stack>
    );
  } else {
    const named = invitations.slice(0, NAMED);
    content = (
      <Stack spacing={1.5} role="status" aria-label="Preview">
        <Typography sx={{ fontWeight: 600 }}>{invitations.length > 0 ? `${describeCancel(invitations)}:` : 'No pending invitations to cancel.'}</Typography>
        <Stack component="ul" spacing={0.25} sx={{ m: 0, pl: 2.5 }}>
          {named.map((invitation) => (
            <Typography component="li" variant="body2" key={invitation.id}>
              {invitationName(invitation)}
              {invitation.username && invitation.email ? ` (${invitation.email})` : ''}
            </Typography>
          ))}
          {invitations.length > NAMED ? (
            <Typography component="li" variant="body2">
              and {countOf(invitations.length - NAMED, 'more invitation')}
            </Typography>
          ) : null}
        </Stack>
        <Alert severity="info">The invitees can no longer join with these invitations. To invite someone again, add them as a new member.</Alert>
      </Stack>
    );
  }

  const close = () => {
    onClose(run.state.status === 'done');
  };
  return (
    <Dialog
      open
      onClose={running ? undefined : close}
      fullWidth
      maxWidth={run.state.status === 'done' ? 'md' : 'sm'}
      aria-labelledby="cancel-invitations-title"
    >
      <DialogTitle id="cancel-invitations-title">Cancel invitations</DialogTitle>
      <DialogContent>{content}</DialogContent>
      <DialogActions>
        {running ? (
          <Button onClick={run.stop} disabled={run.state.status === 'running' && run.state.stopping}>
            Stop
          </Button>
        ) : (
          <Button onClick={close}>{run.state.status === 'done' ? 'Close' : 'Keep them'}</Button>
        )}
        {run.state.status === 'idle' ? (
          <Button
            variant="contained"
            color="error"
            disabled={!invitations || invitations.length === 0}
            onClick={() => {
              if (!invitations) return;
              setConfirmed(invitations);
              void run.start(invitations);
            }}
          >
            {invitations && invitations.length > 0 ? describeCancel(invitations) : 'Cancel invitations'}
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}
