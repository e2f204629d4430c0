import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

import { DialogButtons } from '@/components/dialog-buttons';
import { countOf } from '@/lib/text/plural';

import { useRemoveMembers } from '../api/group-mutations';

type Props = { groupId: string; groupTitle: string; usernames: string[]; open: boolean; onClose: (removed: boolean) => void };

export function RemoveMembersDialog({ groupId, groupTitle, usernames, open, onClose }: Props) {
  const remove = useRemoveMembers(groupId);
  const result = remove.data;
  const done = result !== undefined;
  const removedCount = result ? usernames.length - result.notRemoved.length - (result.failed?.usernames.length ?? 0) : 0;
  const hasProblems = Boolean(result && (result.notRemoved.length > 0 || result.failed));
  const close = () => {
    const removed = remove.isSuccess;
    remove.reset();
    onClose(removed);
  };
  return (
    <Dialog open={open} onClose={remove.isPending ? undefined : close} aria-labelledby="remove-members-title" maxWidth="sm" fullWidth>
      <DialogTitle id="remove-members-title">
        Remove {countOf(usernames.length, 'member')} from “{groupTitle}”?
      </DialogTitle>
      <DialogContent>
        {remove.isError ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {remove.error.message}
          </Alert>
        ) : null}
        {result ? (
          <Alert severity={hasProblems ? 'warning' : 'success'} role="status">
            {removedCount} removed.
            {result.notRemoved.length > 0 ? ` Kept in the group by the portal: ${result.notRemoved.join(', ')} (a group’s owner cannot be removed).` : ''}
            {result.failed ? ` Not removed because a call failed (${result.failed.reason}): ${result.failed.usernames.join(', ')}.` : ''}
          </Alert>
        ) : (
          <DialogContentText>{usernames.join(', ')}</DialogContentText>
        )}
      </DialogContent>
      <DialogButtons
        onClose={close}
        closeDisabled={remove.isPending}
        confirm={
          done
            ? null
            : { label: `Remove ${countOf(usernames.length, 'member')}`, destructive: true, loading: remove.isPending, onClick: () => remove.mutate(usernames) }
        }
      />
    </Dialog>
  );
}
