import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { PortalWaitNotice } from '@/components/portal-wait-notice';
import type { RunConnection } from '@/lib/arcgis/portal-retry';
import { countOf } from '@/lib/text/plural';

type Props = { handled: number; total: number; cancelling: boolean; connection: RunConnection | null; onStop: () => void };

/** A running bulk run: how far it is, and what it waits for when the portal stops answering. */
export function BulkRunProgress({ handled, total, cancelling, connection, onStop }: Props) {
  return (
    <Stack spacing={1.5}>
      <LinearProgress variant="determinate" value={total ? (handled / total) * 100 : 0} aria-label="Progress" />
      <Typography role="status">
        {cancelling ? 'Cancelling: waiting for the requests in flight… ' : ''}
        {handled.toLocaleString()} of {countOf(total, 'member')} handled
      </Typography>
      <PortalWaitNotice connection={connection} onStop={onStop} />
    </Stack>
  );
}
