import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';

type Props = {
  /** True while the form holds changes that leaving would lose. */
  when: boolean;
  /** What would be lost, e.g. "the review of new-hires.csv" or "your changes to this role". */
  what: string;
};

/**
 * Asks before the person leaves a screen with unsaved work: in-app navigation to another page gets a dialog,
 * a reload or closing the tab gets the browser's own question. Moving within the page (a wizard step kept in the
 * query string) is not leaving, so only a change of path is held.
 */
export function LeaveGuard({ when, what }: Props) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!when) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [when]);
  const open = blocker.state === 'blocked';
  return (
    <Dialog open={open} onClose={() => blocker.reset?.()} aria-labelledby="leave-guard-title">
      <DialogTitle id="leave-guard-title">Leave this page?</DialogTitle>
      <DialogContent>
        <DialogContentText>Leaving now loses {what}.</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => blocker.reset?.()}>Stay on this page</Button>
        <Button color="error" onClick={() => blocker.proceed?.()}>
          Leave and lose it
        </Button>
      </DialogActions>
    </Dialog>
  );
}
