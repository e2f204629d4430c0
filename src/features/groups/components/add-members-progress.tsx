import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { PortalWaitNotice } from '@/components/portal-wait-notice';
import type { RunConnection } from '@/lib/arcgis/portal-retry';
import { noun } from '@/lib/text/plural';

import type { AddMembersProgress } from '../add-members-to-groups';

const phaseText: Record<AddMembersProgress['phase'], string> = {
  checking: 'Checking who is in the groups already',
  adding: 'Adding members',
  explaining: 'Finding out why some were not added',
};

type Props = { progress: AddMembersProgress; cancelling: boolean; onCancel: () => void; connection: RunConnection | null };

export function AddMembersProgressView({ progress, cancelling, onCancel, connection }: Props) {
  const percent = progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100);
  const unit = noun(progress.total, progress.phase === 'adding' ? 'call' : progress.phase === 'checking' ? 'group' : 'member');
  return (
    <Stack spacing={1.5}>
      <Typography role="status" aria-live="polite">
        {phaseText[progress.phase]}: {progress.done.toLocaleString()} of {progress.total.toLocaleString()} {unit}
      </Typography>
      <LinearProgress variant="determinate" value={percent} aria-label={phaseText[progress.phase]} />
      <PortalWaitNotice connection={connection} onStop={onCancel} />
      <Stack direction="row">
        <Button color="warning" onClick={onCancel} disabled={cancelling}>
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </Button>
      </Stack>
    </Stack>
  );
}
