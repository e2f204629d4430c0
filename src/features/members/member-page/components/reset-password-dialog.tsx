import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';
import { defaultPasswordPolicy, describePasswordPolicy } from '@/lib/arcgis/password-policy';
import { selfQueries } from '@/lib/arcgis/self-queries';
import { temporaryPassword } from '@/lib/arcgis/temporary-password';

import { passwordQueries, useSendPasswordResetEmail, useSetTemporaryPassword } from '../../api/password-api';
import type { MemberDetails } from '../../types';

type Props = { member: Pick<MemberDetails, 'username' | 'email'>; onClose: () => void };

/** Resets a built-in member's password: the portal's e-mail on ArcGIS Online, a temporary password shown once on Enterprise. */
export function ResetPasswordDialog({ member, onClose }: Props) {
  const session = usePortalSession();
  const organization = useQuery(selfQueries.organization(session));
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="reset-password-title">
      <DialogTitle id="reset-password-title">Reset the password of {member.username}</DialogTitle>
      {organization.isPending ? (
        <DialogContent>
          <Skeleton height={80} aria-label="Reading the organization" />
        </DialogContent>
      ) : organization.isError ? (
        <>
          <DialogContent>
            <Alert severity="error">The organization could not be read: {organization.error.message}</Alert>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Close</Button>
          </DialogActions>
        </>
      ) : organization.data.isEnterprise ? (
        <TemporaryPassword member={member} onClose={onClose} />
      ) : (
        <ResetEmail member={member} onClose={onClose} />
      )}
    </Dialog>
  );
}

function ResetEmail({ member, onClose }: Props) {
  const send = useSendPasswordResetEmail(member.username);
  return (
    <>
      <DialogContent>
        <Stack spacing={2}>
          <Typography>
            ArcGIS Online sends {member.username} an e-mail{member.email ? ` at ${member.email}` : ''} to choose a new password. Roster never sees the password.
          </Typography>
          {send.isSuccess ? <Alert severity="success">The portal accepted the request and sends the e-mail to {member.username}.</Alert> : null}
          {send.isError ? <Alert severity="error">The portal did not reset the password: {send.error.message}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={send.isPending}>
          {send.isSuccess ? 'Close' : 'Cancel'}
        </Button>
        {send.isSuccess ? null : (
          <Button variant="contained" loading={send.isPending} onClick={() => send.mutate()}>
            Send a password reset e-mail to {member.username}
          </Button>
        )}
      </DialogActions>
    </>
  );
}

function TemporaryPassword({ member, onClose }: Props) {
  const session = usePortalSession();
  const policy = useQuery(passwordQueries.policy(session));
  const set = useSetTemporaryPassword(member.username);
  // Only here, in memory, until the dialog closes.
  const [shown, setShown] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  const handleSet = () => {
    const password = temporaryPassword(policy.data ?? defaultPasswordPolicy);
    set.mutate(password, {
      onSuccess: () => {
        setShown(password);
      },
    });
  };
  const handleCopy = () => {
    if (shown === null) return;
    navigator.clipboard.writeText(shown).then(
      () => {
        setCopied(true);
      },
      () => {
        setCopied(false);
      },
    );
  };

  return (
    <>
      <DialogContent>
        <Stack spacing={2}>
          {shown === null ? (
            <>
              <Typography>
                Roster makes a temporary password in your browser, sets it as {member.username}’s password and shows it to you once. Give it to{' '}
                {member.username} yourself; Roster does not keep it. Their current password stops working.
              </Typography>
              {policy.isPending ? (
                <Skeleton height={24} aria-label="Reading the password policy" />
              ) : (
                <Typography color="text.secondary">
                  {policy.data
                    ? `The organization’s password policy: a password ${describePasswordPolicy(policy.data)}.`
                    : 'The portal did not report its password policy; the password is 16 characters with upper- and lower-case letters and digits, and the portal checks it.'}
                </Typography>
              )}
            </>
          ) : (
            <>
              <Alert severity="success">
                {member.username}’s password is now the temporary password below. It is shown only now: copy it before closing. Ask {member.username} to change
                it after signing in.
              </Alert>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <TextField
                  label="Temporary password"
                  value={shown}
                  fullWidth
                  slotProps={{ htmlInput: { readOnly: true, spellCheck: false, autoComplete: 'off', style: { fontFamily: 'monospace' } } }}
                />
                <Button variant="outlined" onClick={handleCopy}>
                  Copy
                </Button>
              </Stack>
              {copied === true ? <Typography role="status">Copied to the clipboard.</Typography> : null}
              {copied === false ? <Typography role="status">The browser did not allow copying; select the password and copy it.</Typography> : null}
            </>
          )}
          {set.isError ? <Alert severity="error">The portal did not set the password: {set.error.message}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={set.isPending}>
          {shown === null ? 'Cancel' : 'Close'}
        </Button>
        {shown === null ? (
          <Button variant="contained" loading={set.isPending} disabled={policy.isPending} onClick={handleSet}>
            Set a temporary password for {member.username}
          </Button>
        ) : null}
      </DialogActions>
    </>
  );
}
