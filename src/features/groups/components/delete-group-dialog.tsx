import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

type Props = { title: string; open: boolean; deleting: boolean; error: string | null; onConfirm: () => void; onClose: () => void };

export function DeleteGroupDialog({ title, open, deleting, error, onConfirm, onClose }: Props) {
  return (
    <Dialog open={open} onClose={deleting ? undefined : onClose} aria-labelledby="delete-group-title" aria-describedby="delete-group-text">
      <DialogTitle id="delete-group-title">Delete “{title}”?</DialogTitle>
      <DialogContent>
        {error ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        ) : null}
        <DialogContentText id="delete-group-text">
          The group and its memberships are removed for good. Content shared with it stays with its owners but is no longer shared through this group.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={deleting}>
          Cancel
        </Button>
        <Button color="error" variant="contained" onClick={onConfirm} loading={deleting}>
          Delete group
        </Button>
      </DialogActions>
    </Dialog>
  );
}
