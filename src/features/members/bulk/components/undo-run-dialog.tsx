import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type ReactNode, useMemo, useState } from 'react';

import { LeftAloneList } from '@/components/left-alone-list';
import { countOf } from '@/lib/text/plural';

import { describeBulkAction } from '../bulk-action';
import { useBulkAction } from '../use-bulk-action';
import { type UndoPreview, type UndoTarget, useUndoPlan } from '../use-undo-plan';
import { BulkRunView } from './bulk-run-view';

type Props = { target: UndoTarget; onClose: (afterRun: boolean) => void };

const stepText = (preview: UndoPreview) =>
  preview.steps.map((step) => ({ step, count: step.plan.batches.reduce((sum, batch) => sum + batch.length, 0) })).filter(({ count }) => count > 0);

/** What the confirm button says: the one change it sends, or how many members go back. */
function confirmLabel(preview: UndoPreview): string {
  const steps = stepText(preview);
  const [only] = steps;
  if (steps.length === 1 && only) return describeBulkAction(only.step.action, only.count);
  return `Put back ${countOf(preview.toSend, 'member')}`;
}

/**
 * "Undo this run": reads the members now, previews what goes back and who is left alone (and what they are now),
 * then runs it like any other bulk change, with progress, cancel, a per-member report and its own history record.
 */
export function UndoRunDialog({ target, onClose }: Props) {
  const run = useBulkAction();
  const undo = useUndoPlan(target, run.state.status === 'idle');
  const [confirmed, setConfirmed] = useState('');
  const fullNames = useMemo(() => new Map((undo.preview?.members ?? []).map((member) => [member.username, member.fullName])), [undo.preview]);
  const title = `Undo: ${target.record.asked.label}`;

  const confirm = () => {
    if (!undo.preview) return;
    const label = `Undo of “${target.record.asked.label}”: ${confirmLabel(undo.preview)}`;
    setConfirmed(label);
    void run.runSteps(undo.preview.steps, fullNames, { membersBefore: undo.preview.members, label, undo: { of: target.runId } });
  };

  let content: ReactNode;
  if (run.state.status !== 'idle') {
    content = <BulkRunView run={run} action={confirmed} kind={undo.preview?.steps[0]?.action.kind ?? 'role'} onUndo={() => undefined} />;
  } else if (undo.notUndoable) {
    content = <Alert severity="info">{undo.notUndoable}</Alert>;
  } else if (undo.error) {
    content = <Alert severity="error">The members could not be read: {undo.error.message}</Alert>;
  } else if (!undo.preview) {
    content = (
      <Stack spacing={1.5}>
        <LinearProgress
          variant={undo.progress?.total ? 'determinate' : 'indeterminate'}
          value={undo.progress?.total ? (undo.progress.fetched / undo.progress.total) * 100 : 0}
          aria-label="Reading the members now"
        />
        <Typography role="status">
          {undo.progress
            ? `Reading the members now: ${undo.progress.fetched.toLocaleString()} of ${undo.progress.total.toLocaleString()}`
            : 'Reading the members now…'}
        </Typography>
      </Stack>
    );
  } else {
    content = <UndoPreviewView preview={undo.preview} />;
  }

  const running = run.state.status === 'running';
  return (
    <Dialog
      open
      onClose={
        running
          ? undefined
          : () => {
              onClose(run.state.status === 'done');
            }
      }
      fullWidth
      maxWidth="md"
      aria-labelledby="undo-run-title"
    >
      <DialogTitle id="undo-run-title">{title}</DialogTitle>
      <DialogContent>{content}</DialogContent>
      <DialogActions>
        {running ? (
          <Button onClick={run.cancel} disabled={run.state.status === 'running' && run.state.cancelling}>
            Cancel run
          </Button>
        ) : (
          <Button
            onClick={() => {
              onClose(run.state.status === 'done');
            }}
          >
            {run.state.status === 'done' ? 'Close' : 'Cancel'}
          </Button>
        )}
        {run.state.status === 'idle' && undo.preview && undo.preview.toSend > 0 ? (
          <Button variant="contained" onClick={confirm}>
            {confirmLabel(undo.preview)}
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}

function UndoPreviewView({ preview }: { preview: UndoPreview }) {
  const steps = stepText(preview);
  const settled = preview.steps
    .flatMap((step) => step.plan.settled)
    .filter((result) => result.outcome !== 'skipped' || !preview.plan.skipped.some((skip) => skip.username === result.username));
  return (
    <Stack spacing={2} sx={{ pt: 1 }}>
      <Stack spacing={0.5} role="status" aria-label="What goes back">
        <Typography sx={{ fontWeight: 600 }}>{preview.toSend > 0 ? 'What goes back:' : 'Nothing to put back.'}</Typography>
        {steps.map(({ step, count }) => (
          <Typography key={describeBulkAction(step.action, count)}>{describeBulkAction(step.action, count)}.</Typography>
        ))}
        {settled.map((result) => (
          <Typography key={result.username} variant="body2">
            Not sent for {result.username}: {result.reason}
          </Typography>
        ))}
      </Stack>
      {preview.plan.skipped.length > 0 ? (
        <LeftAloneList
          id="undo-left-alone"
          heading={`Left alone: ${countOf(preview.plan.skipped.length, 'member')}`}
          entries={preview.plan.skipped.map((skip) => ({
            key: skip.username,
            text: `${skip.username}${skip.fullName ? ` (${skip.fullName})` : ''}: ${skip.reason}`,
          }))}
        />
      ) : null}
    </Stack>
  );
}
