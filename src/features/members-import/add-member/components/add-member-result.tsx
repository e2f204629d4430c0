import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

import { paths } from '@/config/paths';

import type { AccountKind } from '../../core/types';

/**
 * What happened to the one invitation: created (ArcGIS Online adds members at once), invited (the portal created no
 * account yet), accepted without Roster being able to confirm which, or refused with a reason.
 */
export type AddMemberOutcome =
  | {
      kind: 'added' | 'invited' | 'unconfirmed';
      username: string;
      email: string;
      accountKind: AccountKind;
      idpUsername?: string;
      /** Titles of the groups the portal did not add the new member to (groups are added after the account). */
      groupsMissed?: string[];
    }
  | { kind: 'refused'; username: string; reason: string };

type Props = { outcome: AddMemberOutcome; onAddAnother: () => void; onChangeDetails: () => void };

/** A member page comes later; until then the link searches the members table for the new username. */
function memberHref(username: string): string {
  return `${paths.members.href()}?${new URLSearchParams({ q: username }).toString()}`;
}

export function AddMemberResult({ outcome, onAddAnother, onChangeDetails }: Props) {
  if (outcome.kind === 'refused') {
    return (
      <Stack spacing={2.5} sx={{ alignItems: 'flex-start' }}>
        <Alert severity="error" sx={{ width: '100%' }}>
          <AlertTitle>{outcome.username} was not added</AlertTitle>
          {outcome.reason}
        </Alert>
        <Typography variant="body2" color="text.secondary">
          Nothing was created. Your entries are kept, including the password, until you leave this page.
        </Typography>
        <Stack direction="row" spacing={1.5}>
          <Button variant="contained" onClick={onChangeDetails}>
            Change the details
          </Button>
          <Button onClick={onAddAnother}>Start over</Button>
        </Stack>
      </Stack>
    );
  }
  const signIn =
    outcome.accountKind === 'builtin'
      ? 'They can sign in now with the username and the password you set; give them the password by a safe channel.'
      : `They sign in through your identity provider as ${outcome.idpUsername ?? outcome.username}.`;
  return (
    <Stack spacing={2.5} sx={{ alignItems: 'flex-start' }}>
      <Alert severity={outcome.kind === 'unconfirmed' ? 'info' : 'success'} sx={{ width: '100%' }}>
        <AlertTitle>
          {outcome.kind === 'added'
            ? `${outcome.username} was added`
            : outcome.kind === 'invited'
              ? `${outcome.username} was invited`
              : `The portal accepted ${outcome.username}`}
        </AlertTitle>
        {outcome.kind === 'added'
          ? signIn
          : outcome.kind === 'invited'
            ? `The portal created no account yet: it invited ${outcome.email}, and the account appears in Members ` + 'once the invitation is accepted.'
            : 'It did not refuse the member, but Roster could not confirm whether the account exists yet or an ' +
              'invitation is pending; look for it in Members.'}
      </Alert>
      {outcome.groupsMissed?.length ? (
        <Alert severity="warning" sx={{ width: '100%' }}>
          The portal did not add {outcome.username} to {outcome.groupsMissed.length === 1 ? 'the group' : 'the groups'}{' '}
          {outcome.groupsMissed.map((title) => `“${title}”`).join(', ')}. Add them from the group’s page.
        </Alert>
      ) : null}
      <Link component={RouterLink} to={memberHref(outcome.username)} sx={{ fontWeight: 600 }}>
        Find {outcome.username} in Members
      </Link>
      <Button variant="contained" onClick={onAddAnother}>
        Add another member
      </Button>
    </Stack>
  );
}
