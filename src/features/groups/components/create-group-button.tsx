import Button from '@mui/material/Button';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';

import { GroupFormDialog } from './group-form-dialog';
import { useCreateGroup } from '../api/group-mutations';

/** Creates a group after the form is filled in, then opens its page. */
export function CreateGroupButton() {
  const [open, setOpen] = useState(false);
  const create = useCreateGroup();
  const navigate = useNavigate();
  return (
    <>
      <Button
        variant="contained"
        onClick={() => {
          create.reset();
          setOpen(true);
        }}
      >
        Create group
      </Button>
      <GroupFormDialog
        mode="create"
        open={open}
        saving={create.isPending}
        error={create.isError ? create.error.message : null}
        onClose={() => {
          setOpen(false);
        }}
        onSave={(draft) => {
          create.mutate(draft, {
            onSuccess: (group) => {
              setOpen(false);
              void navigate(paths.group.href(group.id));
            },
          });
        }}
      />
    </>
  );
}
