import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';

import type { RunConnection } from '@/lib/arcgis/portal-retry';

import { PortalWaitNotice } from './portal-wait-notice';

type Props = {
  connection: RunConnection | null;
  isPaused: boolean;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
  /** The stop button names what it stops ("Cancel import", "Stop adding"). */
  stopLabel: string;
};

/** A long run's controls: the portal-wait notice, Pause or Resume, and Stop. */
export function PauseStopControls({ connection, isPaused, onPause, onResume, onStop, stopLabel }: Props) {
  return (
    <>
      <PortalWaitNotice connection={connection} onStop={onStop} />
      <Stack direction="row" spacing={1}>
        {isPaused ? (
          <Button variant="contained" onClick={onResume}>
            Resume
          </Button>
        ) : (
          <Button variant="outlined" onClick={onPause}>
            Pause
          </Button>
        )}
        <Button color="error" onClick={onStop}>
          {stopLabel}
        </Button>
      </Stack>
    </>
  );
}
