import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { MemberPicker } from '@/components/member-picker';
import { TextInput } from '@/components/text-input';
import { countOf } from '@/lib/text/plural';

import { MAX_MEMBERS_PER_RUN, type MembersDraft } from '../use-members-draft';

/** Choose members with the picker and/or paste usernames, then check them against the organization. */
export function MembersInput({ draft }: { draft: MembersDraft }) {
  const { resolution } = draft;
  return (
    <Stack spacing={2}>
      <MemberPicker multiple label="Find members" value={draft.picked} onChange={draft.setPicked} />
      <TextInput
        label="Paste usernames"
        helperText="One per line, or separated by commas or spaces."
        multiline
        minRows={3}
        maxRows={8}
        value={draft.pasted}
        onValueChange={(value) => {
          draft.setPasted(value);
        }}
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="outlined" onClick={draft.check} disabled={draft.entered.length === 0 || draft.isChecking}>
          Check usernames
        </Button>
        <Typography variant="body2" color="text.secondary">
          {countOf(draft.entered.length, 'username')} entered
        </Typography>
        {draft.isChecking ? <CircularProgress size={20} aria-label="Checking usernames" /> : null}
      </Stack>
      {draft.tooMany ? (
        <Alert severity="error">
          Paste usernames: at most {MAX_MEMBERS_PER_RUN.toLocaleString()} names a run; this list has {draft.entered.length.toLocaleString()}.
        </Alert>
      ) : null}
      {draft.checkError ? <Alert severity="error">The usernames could not be checked: {draft.checkError}</Alert> : null}
      {resolution ? (
        <Alert severity={resolution.unknown.length > 0 ? 'warning' : 'success'} role="status">
          {countOf(resolution.usernames.length, 'member')} of the organization found.
          {resolution.unknown.length > 0 ? ` Not in the organization, so not sent: ${resolution.unknown.join(', ')}.` : ''}
          {resolution.duplicates.length > 0 ? ` Repeated names counted once: ${resolution.duplicates.join(', ')}.` : ''}
        </Alert>
      ) : null}
    </Stack>
  );
}
