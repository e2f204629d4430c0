import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';

import { PauseStopControls } from '@/components/pause-stop-controls';
import type { RunConnection } from '@/lib/arcgis/portal-retry';
import { countOf } from '@/lib/text/plural';

import type { ImportProgress } from '../execute-import';

type Props = {
  progress: ImportProgress | null;
  isPaused: boolean;
  connection: RunConnection | null;
  onPause: () => void;
  onResume: () => void;
  onCancel: () => void;
};

const phaseText = {
  accounts: 'Creating accounts',
  checking: 'Asking the portal why some accounts were refused',
  groups: 'Adding members to their groups',
  done: 'Finishing',
} as const;

function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds < 60 ? `${String(seconds)} s` : `${String(Math.floor(seconds / 60))} min ${String(seconds % 60)} s`;
}

export function ImportProgressStep({ progress, isPaused, connection, onPause, onResume, onCancel }: Props) {
  // Leaving mid-run is safe (the journal resumes it) but rarely intended, so the browser asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, []);
  const total = progress?.total ?? 0;
  const settled = progress?.settled ?? 0;
  const percent = total ? Math.round((settled / total) * 100) : 0;
  const timeLeft = progress?.msLeft ? formatDuration(progress.msLeft) : null;
  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <Typography variant="h2" component="h3">
        {isPaused ? 'Paused' : phaseText[progress?.phase ?? 'accounts']}
      </Typography>
      <Box>
        <LinearProgress variant="determinate" value={percent} aria-label="Import progress" sx={{ height: 10, borderRadius: 5 }} />
        <Typography role="status" sx={{ mt: 1 }}>
          {settled.toLocaleString()} of {countOf(total, 'row')} done: {(progress?.added ?? 0).toLocaleString()} added,{' '}
          {countOf(progress?.exists ?? 0, 'already member')}, {(progress?.failed ?? 0).toLocaleString()} failed
          {timeLeft ? ` · about ${timeLeft} left` : ''}
        </Typography>
      </Box>
      <PauseStopControls connection={connection} isPaused={isPaused} onPause={onPause} onResume={onResume} onStop={onCancel} stopLabel="Cancel import" />
      <Typography variant="body2" color="text.secondary">
        Pausing lets requests already sent finish. Cancelling stops before the next batch; the report then lists the rows that were not sent.
      </Typography>
    </Stack>
  );
}
