import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { noun } from '@/lib/text/plural';

import { expiryOf } from '../invitation-expiry';
import type { Invitation } from '../types';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "12 Dec 2026 · in 3 days", or Expired with what that means for the username. */
export function InvitationExpiryCell({ invitation, now }: { invitation: Invitation; now: number }) {
  const expiry = expiryOf(invitation, now);
  if (expiry.kind === 'unknown')
    return (
      <Typography variant="body2" color="text.secondary">
        Not reported by the portal
      </Typography>
    );
  if (expiry.kind === 'expired') {
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Chip size="small" color="warning" variant="outlined" label="Expired" />
        <Typography variant="body2">username stays taken</Typography>
      </Stack>
    );
  }
  return (
    <Typography variant="body2">
      {dateFormat.format(expiry.at)} · in {expiry.daysLeft} {noun(expiry.daysLeft, 'day')}
      {expiry.estimated ? ' (14 days after it was sent)' : ''}
    </Typography>
  );
}
