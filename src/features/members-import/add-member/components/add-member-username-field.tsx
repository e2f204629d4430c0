import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { TextInput } from '@/components/text-input';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { usePortalSession } from '@/hooks/use-session';
import type { PortalSession } from '@/lib/arcgis/portal-session';

import { fetchTakenUsernames } from '../../api/import-api';
import { importQueries } from '../../api/import-queries';
import { usernameProblems } from '../../core/member-field-rules';
import type { AccountKind, PortalKind } from '../../core/types';
import { usernameAlternatives } from '../add-member-form';
import { type UsernameAvailability, unconfirmedUsernameText, usernameAvailability } from '../add-member-validation';

/**
 * One `community/checkUsernames` call for the name and a few numbered alternatives, so a taken name comes with a
 * free one to offer. Under `importQueries.all()`, so adding a member invalidates it.
 */
function usernameCheckQuery(session: PortalSession, username: string, kind: AccountKind, portal: PortalKind) {
  return queryOptions({
    queryKey: [...importQueries.all(), 'username-check', kind, portal, username],
    queryFn: async ({ signal }) => {
      const alternatives = usernameAlternatives(username, kind, portal);
      const check = await fetchTakenUsernames(session, [username, ...alternatives], undefined, signal);
      return usernameAvailability(username, alternatives, check);
    },
    staleTime: 30_000,
  });
}

export type UsernameCheck = { state: 'idle' } | { state: 'checking' } | { state: 'failed'; message: string } | ({ state: 'answered' } & UsernameAvailability);

/** Asks the portal whether the username is free once the admin stops typing (400 ms), for valid names only. */
export function useUsernameCheck(username: string, kind: AccountKind, portal: PortalKind = 'online'): UsernameCheck {
  const session = usePortalSession();
  const debounced = useDebouncedValue(username, 400);
  const checkable = debounced !== '' && usernameProblems(debounced, kind, portal).length === 0;
  const check = useQuery({ ...usernameCheckQuery(session, debounced, kind, portal), enabled: checkable });
  if (username === '' || usernameProblems(username, kind, portal).length > 0) return { state: 'idle' };
  if (debounced !== username || check.isPending) return { state: 'checking' };
  if (check.isError) return { state: 'failed', message: check.error.message };
  return { state: 'answered', ...check.data };
}

type Props = {
  value: string;
  suggested: boolean;
  kind: AccountKind;
  check: UsernameCheck;
  /** The validation message, once the field was left or the admin tried to go on. */
  error: string | undefined;
  onChange: (username: string) => void;
  onBlur: () => void;
};

export function UsernameField({ value, suggested, kind, check, error, onChange, onBlur }: Props) {
  const taken = check.state === 'answered' && check.status === 'taken' ? check : null;
  const helper = taken ? (
    <>
      Taken{taken.alternative ? ` — try ${taken.alternative}` : ''}
      {taken.alternative ? (
        <Button
          size="small"
          sx={{ ml: 1, py: 0, minWidth: 0, verticalAlign: 'baseline' }}
          onClick={() => {
            onChange(taken.alternative ?? '');
          }}
        >
          Use {taken.alternative}
        </Button>
      ) : null}
    </>
  ) : (
    (error ?? availabilityText(check, suggested, kind, value))
  );
  return (
    <TextInput
      id="add-member-username"
      label="Username"
      required
      fullWidth
      value={value}
      error={Boolean(taken) || Boolean(error)}
      onValueChange={onChange}
      onBlur={onBlur}
      autoComplete="off"
      helperText={
        <Box component="span" role="status" sx={{ display: 'inline' }}>
          {helper}
        </Box>
      }
      slotProps={{
        htmlInput: { spellCheck: false, autoCapitalize: 'none' },
        input: {
          endAdornment:
            check.state === 'answered' && check.status === 'available' ? (
              <CheckCircleOutlined color="success" fontSize="small" aria-hidden="true" />
            ) : undefined,
        },
      }}
    />
  );
}

function availabilityText(check: UsernameCheck, suggested: boolean, kind: AccountKind, username: string): string {
  const origin = suggested ? 'Suggested from the email. ' : '';
  switch (check.state) {
    case 'checking':
      return `${origin}Checking availability…`;
    case 'failed':
      return `${origin}Availability could not be checked (${check.message}); the portal checks again on submit.`;
    case 'answered':
      // A name the portal left out of its answer is not known to be free: a warning, and the portal decides on submit.
      return check.status === 'unconfirmed' ? `${origin}${unconfirmedUsernameText(username)}` : `${origin}Available`;
    case 'idle':
      return kind === 'builtin'
        ? `${origin}6 to 128 letters, digits and @ . - _`
        : `${origin}As your identity provider knows the member, e.g. DOMAIN\\name or name@domain`;
  }
}
