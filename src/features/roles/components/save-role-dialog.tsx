import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { privilegeLabel } from '@/lib/arcgis/group-privileges';

import type { RoleSaveResult } from '../types';

type Props = {
  open: boolean;
  mode: 'create' | 'edit';
  name: string;
  description: string;
  nameBefore: string | undefined;
  descriptionBefore: string | undefined;
  privilegeCount: number;
  changes: { added: string[]; removed: string[] };
  templateName: string | undefined;
  state: 'idle' | 'pending' | 'success' | 'error';
  error: string | undefined;
  result: RoleSaveResult | undefined;
  onConfirm: () => void;
  onClose: () => void;
  onOpenRole: (result: RoleSaveResult) => void;
};

/** The preview before anything is written, then what the portal did with each step. */
export function SaveRoleDialog(props: Props) {
  const { open, mode, name, state, result, onConfirm, onClose, onOpenRole } = props;
  const isPending = state === 'pending';
  const partial = state === 'success' && result?.incomplete ? result : undefined;
  return (
    <Dialog
      open={open}
      onClose={isPending ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      scroll="body" // a long privilege list scrolls with the page, not in a box keyboard users cannot reach
      aria-labelledby="save-role-title"
    >
      <DialogTitle id="save-role-title">{mode === 'create' ? `Create the role “${name}”?` : `Save changes to “${name}”?`}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Summary {...props} />
          {isPending ? (
            <Stack spacing={1} role="status">
              <Typography>{mode === 'create' ? 'Creating the role…' : 'Saving…'}</Typography>
              <LinearProgress aria-label="Saving the role" />
            </Stack>
          ) : null}
          {state === 'error' ? (
            <Alert severity="error">
              The portal refused: {(props.error ?? 'unknown error').replace(/\.$/, '')}.{' '}
              {mode === 'create' ? 'Nothing was created.' : 'Nothing was changed: the role is as it was.'}
            </Alert>
          ) : null}
          {partial ? <Alert severity="warning">{partial.incomplete}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        {partial ? (
          <Button
            variant="contained"
            onClick={() => {
              onOpenRole(partial);
            }}
          >
            Open the role
          </Button>
        ) : (
          <>
            <Button onClick={onClose} disabled={isPending}>
              Back to the form
            </Button>
            <Button variant="contained" onClick={onConfirm} disabled={isPending}>
              {mode === 'create' ? 'Create role' : 'Save changes'}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}

function Summary({ mode, name, description, nameBefore, descriptionBefore, privilegeCount, changes, templateName }: Props) {
  const lines: string[] = [];
  if (mode === 'create') {
    lines.push(`Name: ${name}`);
    if (description) lines.push(`Description: ${description}`);
    lines.push(templateName ? `Privileges: ${String(privilegeCount)}, starting from ${templateName}` : `Privileges: ${String(privilegeCount)}`);
  } else {
    if (name !== nameBefore) lines.push(`Name: ${nameBefore ?? ''} → ${name}`);
    if (description !== descriptionBefore) lines.push(`Description: ${description || '(none)'}`);
    if (changes.added.length + changes.removed.length === 0) lines.push(`Privileges unchanged (${String(privilegeCount)})`);
  }
  return (
    <Stack spacing={1}>
      {lines.map((line) => (
        <Typography key={line}>{line}</Typography>
      ))}
      {mode === 'edit' && lines.length === 0 && changes.added.length + changes.removed.length === 0 ? <Typography>Nothing changed.</Typography> : null}
      <ChangeList id="added" title={mode === 'create' ? 'Privileges' : 'Privileges added'} ids={changes.added} />
      <ChangeList id="removed" title="Privileges removed" ids={changes.removed} />
    </Stack>
  );
}

function ChangeList({ id: listId, title, ids }: { id: string; title: string; ids: string[] }) {
  if (ids.length === 0) return null;
  return (
    <div>
      <Typography variant="subtitle2" component="h3" id={`privileges-${listId}`}>
        {title} ({ids.length})
      </Typography>
      <ul aria-labelledby={`privileges-${listId}`} style={{ margin: 0, paddingLeft: 20 }}>
        {ids.map((id) => (
          <li key={id}>
            <Typography variant="body2">{privilegeLabel(id)}</Typography>
          </li>
        ))}
      </ul>
    </div>
  );
}
