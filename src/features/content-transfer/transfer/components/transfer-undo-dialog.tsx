import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { LeftAloneList } from '@/components/left-alone-list';
import { PortalWaitNotice } from '@/components/portal-wait-notice';
import { RunHistorySaveStatus } from '@/components/run-history-save-status';
import { usePortalSession } from '@/hooks/use-session';
import { selfQueries } from '@/lib/arcgis/self-queries';
import type { StoredRunRecord } from '@/lib/history/run-record';
import { countOf, itemsAndGroups, noun } from '@/lib/text/plural';

import { contentQueries } from '../../api/content-queries';
import { transferPrivileges } from '../transfer-privileges';
import { useTransferPlan } from '../use-transfer-plan';
import { useTransferRun } from '../use-transfer-run';
import { PreflightReview } from './preflight-review';
import { TransferProgress } from './transfer-progress';
import { TransferReport } from './transfer-report';

type Props = { run: StoredRunRecord; onClose: () => void };

/**
 * "Undo this run" for a content transfer: reads who holds each moved item and group now, previews what goes back to
 * the giver (each item into the folder it came from) and what is left alone and why, checks the move like any
 * transfer, then runs it with progress, cancel, a per-item report and its own history record.
 */
export function TransferUndoDialog({ run, onClose }: Props) {
  const session = usePortalSession();
  const caller = useQuery(selfQueries.member(session));
  const callerInfo = useMemo(() => (caller.data ? { username: caller.data.username, privileges: caller.data.privileges } : null), [caller.data]);
  const transfer = useTransferRun();
  const preview = useQuery({
    ...contentQueries.undo(session, run, callerInfo ?? { username: '', privileges: [] }),
    enabled: callerInfo !== null && transfer.state.status === 'idle',
  });
  const undo = preview.data?.undo;
  const plan = useTransferPlan({
    prepared: preview.data?.prepared ?? undefined,
    caller: callerInfo,
    ownedGroups: undo?.groups ?? [],
    contentReceiver: undo?.giver ?? null,
    groupReceiver: undo?.giver ?? null,
  });
  const holder = undo?.itemReceiver ?? undo?.groupReceiver ?? '';
  const confirmLabel = undo ? `Move ${itemsAndGroups(plan.runnableItems, plan.runnableGroups)} back to ${undo.giver}` : '';

  const confirm = () => {
    const input = plan.runInput();
    if (!input || !undo) return;
    void transfer.start(input, { kind: 'transfer', giver: holder, undoOf: run.id });
  };

  const status = transfer.state.status;
  let content;
  if (status !== 'idle') {
    content = (
      <Stack spacing={2}>
        {status === 'running' ? <TransferProgress update={transfer.state.update} isCancelling={transfer.state.isCancelling} /> : null}
        <PortalWaitNotice connection={transfer.connection} onStop={transfer.cancel} />
        {status === 'done' ? (
          <>
            <TransferReport update={transfer.state.update} fileName={`undo-transfer-${holder}-to-${undo?.giver ?? 'giver'}.csv`} />
            <RunHistorySaveStatus history={transfer.runHistory} onSaveAgain={transfer.saveRunAgain} />
          </>
        ) : null}
      </Stack>
    );
  } else if (preview.isError) {
    content = <Alert severity="error">What the run moved could not be read: {preview.error.message}</Alert>;
  } else if (!undo) {
    content = (
      <Stack spacing={1.5}>
        <LinearProgress aria-label="Reading who holds the content now" />
        <Typography role="status">Reading who holds each item and group now…</Typography>
      </Stack>
    );
  } else {
    content = (
      <Stack spacing={2} sx={{ pt: 1 }}>
        <Stack spacing={0.5} role="status" aria-label="What goes back">
          <Typography sx={{ fontWeight: 600 }}>
            {undo.items.length + undo.groups.length > 0
              ? `What goes back to ${undo.giver}: ${itemsAndGroups(undo.items.length, undo.groups.length)}${undo.items.length > 0 ? ', each item into the folder it came from' : ''}.`
              : 'Nothing to take back.'}
          </Typography>
          {undo.toRootForLackOfFolder > 0 ? (
            <Typography variant="body2">
              {countOf(undo.toRootForLackOfFolder, 'item')} {noun(undo.toRootForLackOfFolder, 'goes', 'go')} to {undo.giver}’s root folder: this run’s record
              did not keep the folders they came from.
            </Typography>
          ) : null}
        </Stack>
        {undo.leftAlone.length > 0 ? (
          <LeftAloneList
            id="undo-transfer-left-alone"
            heading={`Left alone: ${countOf(undo.leftAlone.length, 'item or group', 'items and groups')}`}
            entries={undo.leftAlone.map((entry) => ({ key: `${entry.kind}:${entry.id}`, text: `${entry.title} (${entry.type}): ${entry.reason}` }))}
          />
        ) : null}
        {preview.data?.prepared ? (
          <PreflightReview
            result={plan.preflight}
            groupChecks={plan.groupChecks}
            receiver={undo.giver}
            groupsToJoin={plan.groupsToJoin}
            joinable={plan.joinable}
            canAddMembers={callerInfo?.privileges.includes(transferPrivileges.assignToGroups) ?? false}
            onToggleJoin={plan.toggleJoin}
          />
        ) : null}
      </Stack>
    );
  }

  const isRunning = status === 'running';
  return (
    <Dialog open onClose={isRunning ? undefined : onClose} fullWidth maxWidth="lg" aria-labelledby="undo-transfer-title">
      <DialogTitle id="undo-transfer-title">Undo: {run.record.asked.label}</DialogTitle>
      <DialogContent dividers>{content}</DialogContent>
      <DialogActions>
        {transfer.state.status === 'running' ? (
          <Button onClick={transfer.cancel} disabled={transfer.state.isCancelling}>
            Cancel transfer
          </Button>
        ) : (
          <Button onClick={onClose}>{status === 'done' ? 'Close' : 'Cancel'}</Button>
        )}
        {status === 'idle' && undo && plan.runnableItems + plan.runnableGroups > 0 ? (
          <Button variant="contained" onClick={confirm}>
            {confirmLabel}
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}
