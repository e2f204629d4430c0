import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { TextFieldProps } from '@mui/material/TextField';
import { useState } from 'react';

import { TextInput } from '@/components/text-input';

import { useUpdateMemberProfile } from '../../api/member-mutations';
import type { MemberDetails, MemberProfileChanges } from '../../types';
import { type ProfileErrors, validateMemberProfile } from '../member-profile-validation';

type Props = { member: MemberDetails; onClose: () => void };

/** Name, email and description; checked here first, then by the portal. */
export function EditProfileDialog({ member, onClose }: Props) {
  const [changes, setChanges] = useState<MemberProfileChanges>({
    firstName: member.firstName,
    lastName: member.lastName,
    email: member.email,
    description: member.description,
  });
  const [errors, setErrors] = useState<ProfileErrors>({});
  const update = useUpdateMemberProfile(member.username);

  const field = (name: keyof MemberProfileChanges, label: string, extra: Pick<TextFieldProps, 'type' | 'multiline' | 'minRows'> = {}) => (
    <TextInput
      label={label}
      value={changes[name]}
      onValueChange={(value) => {
        setChanges({ ...changes, [name]: value });
      }}
      error={Boolean(errors[name])}
      helperText={errors[name]}
      fullWidth
      {...extra}
    />
  );

  const handleSave = (event: React.SyntheticEvent) => {
    event.preventDefault();
    const found = validateMemberProfile(changes);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    update.mutate(
      { ...changes, email: changes.email.trim() },
      {
        onSuccess: onClose,
      },
    );
  };

  return (
    <Dialog open onClose={update.isPending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="edit-profile-title">
      <form onSubmit={handleSave} noValidate>
        <DialogTitle id="edit-profile-title">Edit profile of {member.username}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Stack direction="row" spacing={2}>
              {field('firstName', 'First name')}
              {field('lastName', 'Last name')}
            </Stack>
            {field('email', 'Email', { type: 'email' })}
            {field('description', 'Description', { multiline: true, minRows: 3 })}
            {update.isError ? <Alert severity="error">The portal did not save the profile: {update.error.message}</Alert> : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={update.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" loading={update.isPending}>
            Save profile
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
