import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

import { useRemoveMembers } from '../api/group-mutations';

type Props = { groupId: string; groupTitle: string; usernames: string[]; open: boolean; onClose: (removed: boolean) => void };

export function RemoveMembersDialog({ groupId, groupTitle, usernames, open, onClose }: Props) {
  const remove = useRemoveMembers(groupId);
  const done = remove.isSuccess;
  const removedCount = done ? usernames.length - remove.data.length : 0;
  const close = () => {
    const removed = remove.isSuccess;
    remove.reset();
    onClose(removed);
  };
  return (
    <Dialog open={open} onClose={remove.isPending ? undefined : close} aria-labelledby="remove-members-title" maxWidth="sm" fullWidth>
      <DialogTitle id="remove-members-title">
        Remove {usernames.length} {usernames.length === 1 ? 'member' : 'members'} from “{groupTitle}”?
      </DialogTitle>
      <DialogContent>
        {remove.isError ? <Alert severity="error" sx={{ mb: 2 }}>{remove.error.message}</Alert> : null}
        {done ? (
          <Alert severity={remove.data.length > 0 ? 'warning' : 'success'} role="status">
            {removedCount} removed.
            {remove.data.length > 0 ? ` Not removed (the owner, or no longer a member): ${remove.data.join(', ')}.` : ''}
          </Alert>
        ) : (
          <DialogContentText>{usernames.join(', ')}</DialogContentText>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={remove.isPending}>
          {done ? 'Close' : 'Cancel'}
        </Button>
        {done ? null : (
          <Button
            color="error"
            variant="contained"
            loading={remove.isPending}
            onClick={() => {
              remove.mutate(usernames);
            }}
          >
            Remove
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
