import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import { MemberPicker } from '@/components/member-picker';
import { PortalWaitNotice } from '@/components/portal-wait-notice';
import { RunHistorySaveStatus } from '@/components/run-history-save-status';
import { usePortalSession } from '@/hooks/use-session';
import type { MemberOption } from '@/lib/arcgis/member-options';
import { selfQueries } from '@/lib/arcgis/self-queries';
import { countOf, itemsAndGroups } from '@/lib/text/plural';

import { contentQueries } from '../../api/content-queries';
import { prepareTransferRequest } from '../../api/prepare-transfer';
import { describeSelection } from '../../browser/content-selection';
import type { ContentFolder, ContentSelection, FolderStrategy, GroupSummary } from '../../types';
import { folderStrategyProblem } from '../folder-strategy';
import { transferPrivileges } from '../transfer-privileges';
import { useTransferPlan } from '../use-transfer-plan';
import { useTransferRun } from '../use-transfer-run';
import { FolderChoice } from './folder-choice';
import { PreflightReview } from './preflight-review';
import { TransferProgress } from './transfer-progress';
import { TransferReport } from './transfer-report';

type Props = {
  owner: string;
  /** Items to move; null when only groups move. */
  selection: ContentSelection | null;
  groups: GroupSummary[];
  folders: readonly ContentFolder[];
  groupTitles: ReadonlyMap<string, string>;
  onClose: (isDone: boolean) => void;
};

/** Choose the receiver and folder → pre-flight, item by item → confirm → progress → per-item report. */
export function TransferDialog({ owner, selection, groups, folders, groupTitles, onClose }: Props) {
  const session = usePortalSession();
  const caller = useQuery(selfQueries.member(session));
  const callerInfo = useMemo(() => (caller.data ? { username: caller.data.username, privileges: caller.data.privileges } : null), [caller.data]);
  const [receiver, setReceiver] = useState<MemberOption | null>(null);
  const [strategy, setStrategy] = useState<FolderStrategy>({ kind: 'keep' });
  const [isSubmitted, setIsSubmitted] = useState(false);
  const receiverFolders = useQuery({ ...contentQueries.folders(session, receiver?.username ?? ''), enabled: receiver !== null });
  const receiverFolderTitles = useMemo(() => (receiverFolders.data ?? []).map((folder) => folder.title), [receiverFolders.data]);
  const prepare = useMutation({
    mutationFn: (target: string) =>
      prepareTransferRequest(session, {
        owner,
        receiver: target,
        selection,
        hasGroups: groups.length > 0,
        strategy,
        ownerFolders: folders,
        caller: callerInfo,
        ownerGroupTitles: groupTitles.size > 0 ? groupTitles : undefined,
      }),
  });
  const run = useTransferRun();

  const plan = useTransferPlan({
    prepared: prepare.data,
    caller: callerInfo,
    ownedGroups: groups,
    contentReceiver: receiver?.username ?? null,
    groupReceiver: receiver?.username ?? null,
  });
  const { preflight, joinable, groupChecks, runnableItems, runnableGroups, groupsToJoin } = plan;

  const receiverError = isSubmitted && !receiver ? 'Receiving member: choose who receives the content.' : undefined;
  const folderError = selection && receiver && receiverFolders.isSuccess ? folderStrategyProblem(strategy, receiverFolderTitles) : null;
  const step = run.state.status !== 'idle' ? run.state.status : prepare.isSuccess ? 'review' : prepare.isPending ? 'checking' : 'choose';
  const what = [selection ? describeSelection(selection, folders) : '', groups.length > 0 ? countOf(groups.length, 'group') : ''].filter(Boolean).join(' and ');

  const handleCheck = () => {
    setIsSubmitted(true);
    // Keeping folder names or the root needs nothing checked against the receiver's folder list.
    const needsFolders = selection !== null && (strategy.kind === 'existing' || strategy.kind === 'new');
    if (!receiver || (needsFolders && (folderError || !receiverFolders.isSuccess))) return;
    plan.clearJoins();
    prepare.mutate(receiver.username);
  };

  const handleRun = () => {
    const input = plan.runInput();
    if (!input) return;
    void run.start(input, { kind: 'transfer', giver: owner });
  };

  return (
    <Dialog
      open
      fullWidth
      maxWidth="lg"
      aria-labelledby="transfer-title"
      onClose={() => (step === 'running' || step === 'checking' ? undefined : onClose(step === 'done'))}
    >
      <DialogTitle id="transfer-title">
        {step === 'review'
          ? 'Check the plan'
          : step === 'running'
            ? 'Transferring'
            : step === 'done'
              ? 'Transfer report'
              : `Transfer ${owner}’s ${groups.length > 0 && !selection ? 'groups' : 'content'}`}
      </DialogTitle>
      <DialogContent dividers>
        {step === 'choose' || step === 'checking' ? (
          <Stack spacing={2.5}>
            <Typography>
              Moving {what || 'nothing'} from {owner}. Nothing moves until you have checked the plan and confirmed it.
            </Typography>
            <MemberPicker label="Receiving member" value={receiver} onChange={setReceiver} exclude={owner} required error={receiverError} />
            {selection ? (
              <FolderChoice value={strategy} onChange={setStrategy} receiverFolders={receiverFolderTitles} error={isSubmitted ? folderError : null} />
            ) : null}
            {prepare.isError ? <Alert severity="error">The plan could not be checked: {prepare.error.message}</Alert> : null}
            {step === 'checking' ? (
              <Stack spacing={1}>
                <Typography role="status">Checking every item: sharing, related items, the receiver’s folders…</Typography>
                <LinearProgress aria-label="Checking the plan" />
              </Stack>
            ) : null}
          </Stack>
        ) : null}
        {step === 'review' && receiver ? (
          <PreflightReview
            result={preflight}
            groupChecks={groupChecks}
            receiver={receiver.username}
            groupsToJoin={groupsToJoin}
            joinable={joinable}
            canAddMembers={callerInfo?.privileges.includes(transferPrivileges.assignToGroups) ?? false}
            onToggleJoin={plan.toggleJoin}
          />
        ) : null}
        {run.state.status === 'running' ? <TransferProgress update={run.state.update} isCancelling={run.state.isCancelling} /> : null}
        <PortalWaitNotice connection={run.connection} onStop={run.cancel} />
        {run.state.status === 'done' ? (
          <TransferReport update={run.state.update} fileName={`transfer-${owner}-to-${receiver?.username ?? 'receiver'}.csv`} />
        ) : null}
        {run.state.status === 'done' ? <RunHistorySaveStatus history={run.runHistory} onSaveAgain={run.saveRunAgain} /> : null}
      </DialogContent>
      <DialogActions>
        {step === 'choose' || step === 'checking' ? (
          <>
            <Button onClick={() => onClose(false)} disabled={step === 'checking'}>
              Cancel
            </Button>
            <Button
              variant="contained"
              onClick={handleCheck}
              disabled={step === 'checking' || !callerInfo || (strategy.kind !== 'keep' && strategy.kind !== 'root' && receiverFolders.isFetching)}
            >
              Check the plan
            </Button>
          </>
        ) : null}
        {step === 'review' ? (
          <>
            <Button onClick={() => prepare.reset()}>Back</Button>
            <Button variant="contained" onClick={handleRun} disabled={runnableItems + runnableGroups === 0 && groupsToJoin.size === 0}>
              {`Confirm and move ${itemsAndGroups(runnableItems, runnableGroups)}`}
            </Button>
          </>
        ) : null}
        {step === 'running' && run.state.status === 'running' ? (
          <Button onClick={run.cancel} disabled={run.state.isCancelling}>
            Cancel transfer
          </Button>
        ) : null}
        {step === 'done' ? (
          <Button variant="contained" onClick={() => onClose(true)}>
            Close
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}
