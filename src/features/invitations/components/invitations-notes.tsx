import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';

import { EXPIRED_EXPLANATION, INVITATION_LIFETIME_DAYS } from '../invitation-expiry';

/** What the list cannot show: expiry and what it does to the username, and why there is no resend. */
export function InvitationsNotes() {
  return (
    <Alert severity="info" sx={{ '& p + p': { mt: 0.75 } }}>
      <Typography variant="body2">
        Invitations expire {INVITATION_LIFETIME_DAYS} days after they are sent and then leave this list. {EXPIRED_EXPLANATION}
      </Typography>
      <Typography variant="body2">
        The portal offers no way to resend an invitation through its API: to resend one, cancel it and invite the person again.
      </Typography>
    </Alert>
  );
}
