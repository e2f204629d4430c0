import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useSyncExternalStore } from 'react';

import type { RunConnection, RunHealth } from '@/lib/arcgis/portal-retry';

const idle: RunHealth = { waiting: false };
const noSubscription = () => () => undefined;
const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * Said while a bulk run waits for a portal that stopped answering: nothing fails meanwhile, the run carries on by
 * itself once the portal answers, and the person can ask for another try at once or stop.
 */
export function PortalWaitNotice({ connection, onStop }: { connection: RunConnection | null; onStop?: () => void }) {
  const health = useSyncExternalStore(connection?.subscribe ?? noSubscription, connection?.health ?? (() => idle));
  if (!connection || !health.waiting) return null;
  return (
    <Alert
      severity="warning"
      action={
        <Stack direction="row" spacing={1}>
          <Button color="inherit" size="small" onClick={connection.retryNow}>
            Retry now
          </Button>
          {onStop ? (
            <Button color="inherit" size="small" onClick={onStop}>
              Stop
            </Button>
          ) : null}
        </Stack>
      }
    >
      <AlertTitle>The portal is not answering</AlertTitle>
      Since {timeOfDay.format(health.since)}: {health.message} Roster keeps trying and carries on by itself when the portal
      answers again; nothing is lost or sent twice.
    </Alert>
  );
}
