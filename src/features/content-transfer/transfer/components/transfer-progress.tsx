import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { countOf } from '@/lib/text/plural';

import type { ExecuteTransferUpdate } from '../../api/execute-transfer';

const phaseText: Record<ExecuteTransferUpdate['phase'], string> = {
  joining: 'Adding the receiver to groups…',
  groups: 'Transferring group ownership…',
  folders: 'Preparing the receiver’s folders…',
  items: 'Moving items…',
  done: 'Finished.',
};

/** Progress of a running transfer: one bar over items (and groups), with counts read out politely. */
export function TransferProgress({ update, isCancelling }: { update: ExecuteTransferUpdate; isCancelling: boolean }) {
  const groupTotal = update.groupOutcomes.size;
  const groupsDone = [...update.groupOutcomes.values()].filter((outcome) => outcome.status === 'transferred').length;
  const total = update.progress.total;
  const value = total > 0 ? (update.progress.settled / total) * 100 : update.phase === 'done' ? 100 : 0;
  return (
    <Stack spacing={1.5}>
      <Typography>{isCancelling ? 'Cancelling: requests already sent finish, nothing new starts…' : phaseText[update.phase]}</Typography>
      <Box>
        <LinearProgress variant="determinate" value={value} aria-label="Transfer progress" />
      </Box>
      <Typography variant="body2" role="status" aria-live="polite">
        {`${String(update.progress.settled)} of ${countOf(total, 'item')} settled: ${String(update.progress.moved)} moved, ${String(update.progress.failed)} failed, ${String(update.progress.notMoved)} not moved.`}
        {groupTotal > 0 ? ` Groups: ${String(groupsDone)} of ${String(groupTotal)} transferred.` : ''}
      </Typography>
    </Stack>
  );
}
