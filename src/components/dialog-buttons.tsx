import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import type { ReactNode } from 'react';

export type DialogConfirm = { label: ReactNode; onClick: () => void; disabled?: boolean; loading?: boolean; destructive?: boolean };

type Props = { onClose: () => void; closeDisabled?: boolean; confirm: DialogConfirm | null };

/** A dialog's buttons: Cancel beside the button that names what it does, or only Close once nothing is left to confirm. */
export function DialogButtons({ onClose, closeDisabled = false, confirm }: Props) {
  return (
    <DialogActions>
      <Button onClick={onClose} disabled={closeDisabled}>
        {confirm ? 'Cancel' : 'Close'}
      </Button>
      {confirm ? (
        <Button
          variant="contained"
          color={confirm.destructive ? 'error' : 'primary'}
          disabled={confirm.disabled ?? false}
          loading={confirm.loading ?? false}
          onClick={confirm.onClick}
        >
          {confirm.label}
        </Button>
      ) : null}
    </DialogActions>
  );
}
