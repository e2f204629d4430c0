import { TextInput } from '@/components/text-input';

import type { AccountChoice } from '../offboarding-status';

type Props = { username: string; account: AccountChoice; value: string; onChange: (value: string) => void };

/** Deleting or disabling an account is confirmed by typing its username; keeping it needs nothing. */
export function AccountConfirmField({ username, account, value, onChange }: Props) {
  if (account === 'keep') return null;
  const consequence =
    account === 'delete'
      ? `Once everything has moved and nothing is left, ${username} is deleted. This cannot be undone.`
      : `Once everything has moved, ${username} is disabled and can no longer sign in.`;
  return (
    <TextInput
      label={`Type ${username} to confirm`}
      value={value}
      onValueChange={onChange}
      helperText={consequence}
      autoComplete="off"
      sx={{ maxWidth: 480 }}
    />
  );
}
