import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { type ReactNode, useState, useSyncExternalStore } from 'react';

import { useRuntimeConfig } from '@/hooks/use-runtime-config';
import { usePortalSession } from '@/hooks/use-session';
import type { RunConnection, RunHealth } from '@/lib/arcgis/portal-retry';
import { renewSignIn } from '@/lib/arcgis/portal-session';

const idle: RunHealth = { waiting: false };
const noSubscription = () => () => undefined;
const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * Said while a bulk run waits: for a portal that stopped answering (it carries on by itself once the portal answers;
 * "Retry now" tries at once), or for a sign-in the portal refused (the person signs in again in a popup window and
 * the run carries on where it was). Nothing fails meanwhile, and "Stop" ends the run.
 */
export function PortalWaitNotice({ connection, onStop }: { connection: RunConnection | null; onStop?: () => void }) {
  const health = useSyncExternalStore(connection?.subscribe ?? noSubscription, connection?.health ?? (() => idle));
  if (!connection || !health.waiting) return null;
  const stop = onStop ? (
    <Button color="inherit" size="small" onClick={onStop}>
      Stop
    </Button>
  ) : null;
  if (health.reason === 'signed-out') return <SignedOutNotice connection={connection} stop={stop} />;
  return (
    <Alert
      severity="warning"
      action={
        <Stack direction="row" spacing={1}>
          <Button color="inherit" size="small" sx={{ whiteSpace: 'nowrap' }} onClick={connection.retryNow}>
            Retry now
          </Button>
          {stop}
        </Stack>
      }
    >
      <AlertTitle>The portal is not answering</AlertTitle>
      Since {timeOfDay.format(health.since)}: {health.message} Roster keeps trying and carries on by itself when the portal answers again; nothing is lost or
      sent twice.
    </Alert>
  );
}

function SignedOutNotice({ connection, stop }: { connection: RunConnection; stop: ReactNode }) {
  const session = usePortalSession();
  const { portals } = useRuntimeConfig();
  const [problem, setProblem] = useState<string | null>(null);
  const signIn = async () => {
    const portal = portals.find((entry) => entry.portalUrl === session.portal);
    if (!portal) return;
    setProblem(null);
    try {
      await renewSignIn(session, portal);
      connection.signedInAgain();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Alert
      severity="warning"
      action={
        <Stack direction="row" spacing={1}>
          <Button color="inherit" size="small" sx={{ whiteSpace: 'nowrap' }} onClick={() => void signIn()}>
            Sign in again
          </Button>
          {stop}
        </Stack>
      }
    >
      <AlertTitle>Your sign-in has ended</AlertTitle>
      The portal no longer accepts your sign-in. The run is paused where it was: sign in again as {session.username} (a sign-in window opens) and it carries on;
      nothing is lost or sent twice.
      {problem ? ` ${problem}` : ''}
    </Alert>
  );
}
