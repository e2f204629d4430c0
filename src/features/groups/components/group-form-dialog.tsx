import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useState } from 'react';

import { TextInput } from '@/components/text-input';

import { emptyGroupDraft, GROUP_LIMITS, parseTags, validateGroupDraft } from '../group-draft';
import type { GroupAccess, GroupDraft, GroupJoinPolicy } from '../types';

type Props = {
  mode: 'create' | 'edit';
  open: boolean;
  initial?: GroupDraft;
  saving: boolean;
  error: string | null;
  onSave: (draft: GroupDraft) => void;
  onClose: () => void;
};

export function GroupFormDialog(props: Props) {
  return (
    <Dialog open={props.open} onClose={props.saving ? undefined : props.onClose} maxWidth="sm" fullWidth aria-labelledby="group-form-title">
      {props.open ? <GroupForm {...props} /> : null}
    </Dialog>
  );
}

function GroupForm({ mode, initial, saving, error, onSave, onClose }: Props) {
  const [draft, setDraft] = useState<GroupDraft>(initial ?? emptyGroupDraft);
  const [tagsText, setTagsText] = useState((initial ?? emptyGroupDraft).tags.join(', '));
  const [submitted, setSubmitted] = useState(false);
  const current = { ...draft, tags: parseTags(tagsText) };
  const errors = submitted ? validateGroupDraft(current) : {};
  const set = (next: Partial<GroupDraft>) => {
    setDraft((value) => ({ ...value, ...next }));
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (Object.keys(validateGroupDraft(current)).length === 0) onSave(current);
      }}
    >
      <DialogTitle id="group-form-title">{mode === 'create' ? 'Create a group' : `Edit “${initial?.title ?? ''}”`}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          {error ? <Alert severity="error">{error}</Alert> : null}
          <TextInput
            label="Title"
            required
            value={draft.title}
            onValueChange={(value) => {
              set({ title: value });
            }}
            error={Boolean(errors.title)}
            helperText={errors.title ?? 'Unique among your groups.'}
            slotProps={{ htmlInput: { maxLength: GROUP_LIMITS.title + 50 } }}
          />
          <TextInput
            label="Summary"
            value={draft.snippet}
            onValueChange={(value) => {
              set({ snippet: value });
            }}
            error={Boolean(errors.snippet)}
            helperText={errors.snippet ?? `${String(draft.snippet.length)} of ${String(GROUP_LIMITS.snippet)} characters`}
          />
          <TextInput
            label="Description"
            multiline
            minRows={3}
            value={draft.description}
            onValueChange={(value) => {
              set({ description: value });
            }}
            error={Boolean(errors.description)}
            helperText={errors.description}
          />
          <TextInput
            label="Tags"
            value={tagsText}
            onValueChange={setTagsText}
            error={Boolean(errors.tags)}
            helperText={errors.tags ?? 'Separated by commas.'}
          />
          <FormControl>
            <FormLabel id="group-access-label">Who can see this group</FormLabel>
            <RadioGroup
              aria-labelledby="group-access-label"
              value={draft.access}
              onChange={(event) => {
                set({ access: event.target.value as GroupAccess });
              }}
            >
              <FormControlLabel value="private" control={<Radio />} label="Only group members" />
              <FormControlLabel value="org" control={<Radio />} label="Everyone in the organization" />
              <FormControlLabel value="public" control={<Radio />} label="Everyone (public)" />
            </RadioGroup>
          </FormControl>
          <FormControl>
            <FormLabel id="group-join-label">Who can join</FormLabel>
            <RadioGroup
              aria-labelledby="group-join-label"
              value={draft.join}
              onChange={(event) => {
                set({ join: event.target.value as GroupJoinPolicy });
              }}
            >
              <FormControlLabel value="invitation" control={<Radio />} label="Only those invited by a group manager" />
              <FormControlLabel value="request" control={<Radio />} label="Those who request to join (a manager approves)" />
              <FormControlLabel value="auto" control={<Radio />} label="Anyone who asks, without approval" />
            </RadioGroup>
          </FormControl>
          <FormControl>
            <FormLabel id="group-contribute-label">Who can contribute content</FormLabel>
            <RadioGroup
              aria-labelledby="group-contribute-label"
              value={draft.viewOnly ? 'managers' : 'members'}
              onChange={(event) => {
                set({ viewOnly: event.target.value === 'managers' });
              }}
            >
              <FormControlLabel value="members" control={<Radio />} label="All group members" />
              <FormControlLabel value="managers" control={<Radio />} label="Only the owner and managers" />
            </RadioGroup>
          </FormControl>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>
          Cancel
        </Button>
        <Button type="submit" variant="contained" loading={saving}>
          {mode === 'create' ? 'Create group' : 'Save changes'}
        </Button>
      </DialogActions>
    </form>
  );
}
