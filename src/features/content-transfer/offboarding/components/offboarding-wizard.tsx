import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import { PortalWaitNotice } from '@/components/portal-wait-notice';
import { RunHistorySaveStatus } from '@/components/run-history-save-status';
import { WizardFrame } from '@/components/wizard-frame';
import { usePortalSession } from '@/hooks/use-session';
import { selfQueries } from '@/lib/arcgis/self-queries';
import { countOf } from '@/lib/text/plural';

import { OffboardingChoices, type OffboardingChoicesValue } from './offboarding-choices';
import { OffboardingInventoryView } from './offboarding-inventory';
import { OffboardingResult } from './offboarding-result';
import { contentQueries } from '../../api/content-queries';
import type { ExecuteTransferUpdate } from '../../api/execute-transfer';
import { finishOffboarding } from '../../api/finish-offboarding';
import { prepareTransferRequest } from '../../api/prepare-transfer';
import { PreflightReview } from '../../transfer/components/preflight-review';
import { folderStrategyProblem } from '../../transfer/folder-strategy';
import { licenceLine } from '../licence-lines';
import { accountRights, finalStepLabel, isAccountChoiceConfirmed, licenceBlocker, ownsNothing } from '../offboarding-status';
import { AccountConfirmField } from './account-confirm-field';
import { TransferProgress } from '../../transfer/components/transfer-progress';
import { transferPrivileges } from '../../transfer/transfer-privileges';
import { useTransferPlan } from '../../transfer/use-transfer-plan';
import { useTransferRun } from '../../transfer/use-transfer-run';

const steps = ['Inventory', 'Receivers', 'Check', 'Transfer', 'Verify and finish'] as const;

type Props = { username: string };

/**
 * Inventory → receivers → pre-flight → transfer → verify (re-read) → disable or delete. Every start re-reads
 * the inventory, so running it again after a partial failure only handles what is left.
 */
export function OffboardingWizard({ username }: Props) {
  const session = usePortalSession();
  const caller = useQuery(selfQueries.member(session));
  const inventory = useQuery(contentQueries.inventory(session, username));
  const rights = useMemo(() => accountRights({ username: caller.data?.username ?? '', privileges: caller.data?.privileges ?? [] }), [caller.data]);
  const callerInfo = useMemo(() => (caller.data ? { username: caller.data.username, privileges: caller.data.privileges } : null), [caller.data]);
  const [isChoosing, setIsChoosing] = useState(false);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const [choices, setChoices] = useState<OffboardingChoicesValue>({
    contentReceiver: null,
    isSameGroupReceiver: true,
    groupReceiver: null,
    strategy: { kind: 'keep' },
    // Nothing happens to the account unless asked for: deleting and disabling are opt-in.
    account: 'keep',
  });
  const [typedUsername, setTypedUsername] = useState('');
  // Known before anything moves: the portal will not delete a member who holds add-on licences.
  const deleteBlocker = inventory.data ? licenceBlocker(inventory.data) : null;
  const revokeLicences = choices.revokeLicences === true && rights.canRevokeLicences === true;
  const account =
    choices.account === 'delete' && (!rights.canDelete || (deleteBlocker && !revokeLicences)) ? (rights.canDisable ? 'disable' : 'keep') : choices.account;
  const licences = (inventory.data?.holdings.licensedItems ?? []).map(licenceLine);
  const groupReceiver = choices.isSameGroupReceiver ? choices.contentReceiver : choices.groupReceiver;
  const items = useMemo(() => inventory.data?.items ?? [], [inventory.data]);
  const ownedGroups = useMemo(() => inventory.data?.ownedGroups ?? [], [inventory.data]);
  const hasItems = items.length > 0;
  const hasGroups = ownedGroups.length > 0;
  const receiverFolders = useQuery({ ...contentQueries.folders(session, choices.contentReceiver?.username ?? ''), enabled: choices.contentReceiver !== null });
  const receiverFolderTitles = useMemo(() => (receiverFolders.data ?? []).map((folder) => folder.title), [receiverFolders.data]);

  const prepare = useMutation({
    mutationFn: () =>
      prepareTransferRequest(session, {
        owner: username,
        receiver: choices.contentReceiver?.username ?? groupReceiver?.username ?? '',
        groupReceiver: groupReceiver?.username,
        selection: null,
        items,
        hasGroups,
        strategy: choices.strategy,
        ownerFolders: inventory.data?.folders,
        caller: callerInfo,
      }),
  });
  const run = useTransferRun();
  const finish = useMutation({
    mutationFn: () => finishOffboarding(session, username, account, rights, account === 'delete' && revokeLicences),
    // A deleted or disabled account (and revoked licences) change the members table and counts; this wizard's own
    // reads of the member are not refetched under it.
    meta: { invalidates: ['members', 'licences'], deleted: username },
  });

  const plan = useTransferPlan({
    prepared: prepare.data,
    caller: callerInfo,
    ownedGroups,
    contentReceiver: choices.contentReceiver?.username ?? null,
    groupReceiver: groupReceiver?.username ?? null,
  });
  const { groupChecks, preflight, joinable, runnableItems, runnableGroups } = plan;

  const activeStep = finish.isSuccess || finish.isPending ? 4 : run.state.status !== 'idle' ? 3 : prepare.isSuccess ? 2 : isChoosing ? 1 : 0;
  const folderError = hasItems && choices.contentReceiver && receiverFolders.isSuccess ? folderStrategyProblem(choices.strategy, receiverFolderTitles) : null;
  const missing = { content: hasItems && !choices.contentReceiver, groups: hasGroups && !groupReceiver };
  const errors = {
    content: isSubmitted && missing.content ? 'Receives the content: choose a member.' : undefined,
    groups: isSubmitted && missing.groups ? 'Receives the groups: choose a member.' : undefined,
  };
  const isConfirmed = isAccountChoiceConfirmed(account, username, typedUsername);
  const confirmField = <AccountConfirmField username={username} account={account} value={typedUsername} onChange={setTypedUsername} />;

  const handleCheck = () => {
    setIsSubmitted(true);
    // Keeping folder names or the root needs nothing checked against the receiver's folder list.
    const needsFolders = hasItems && (choices.strategy.kind === 'existing' || choices.strategy.kind === 'new');
    // Not `errors`: they were computed before this click marked the form as submitted.
    if (missing.content || missing.groups || (needsFolders && (!receiverFolders.isSuccess || folderError))) return;
    plan.clearJoins();
    if (!hasItems && !hasGroups) {
      finish.mutate();
      return;
    }
    prepare.mutate();
  };

  const handleRun = async () => {
    const input = plan.runInput();
    if (!input) return;
    await run.start(input, { kind: 'offboarding', giver: username, account });
    finish.mutate();
  };

  const handleAgain = () => {
    setTypedUsername('');
    prepare.reset();
    run.reset();
    finish.reset();
    setIsChoosing(false);
    setIsSubmitted(false);
    void inventory.refetch();
  };

  if (inventory.isError) {
    return <ErrorAlert title="The member’s inventory could not be read" message={inventory.error.message} onRetry={() => void inventory.refetch()} />;
  }

  const runUpdate: ExecuteTransferUpdate | null = run.state.status === 'idle' ? null : run.state.update;
  return (
    <Stack spacing={3}>
      <WizardFrame
        label="Offboarding steps"
        steps={steps}
        activeStep={activeStep}
        heading={[`What ${username} has`, 'Who receives what', 'Check the plan', 'Transfer', 'Verify and finish'][activeStep]}
      />
      {activeStep === 0 ? (
        inventory.isPending || inventory.isFetching ? (
          <Stack spacing={1}>
            <Typography role="status">Reading everything {username} owns…</Typography>
            <LinearProgress aria-label="Reading the inventory" />
          </Stack>
        ) : (
          <Stack spacing={2}>
            {ownsNothing(inventory.data) ? <Alert severity="info">{username} owns no items and no groups: nothing to transfer.</Alert> : null}
            <OffboardingInventoryView inventory={inventory.data} />
            <Stack direction="row" spacing={1}>
              <Button variant="contained" onClick={() => setIsChoosing(true)}>
                Next: choose receivers
              </Button>
              <Button onClick={() => void inventory.refetch()}>Read again</Button>
            </Stack>
          </Stack>
        )
      ) : null}
      {activeStep === 1 ? (
        <Stack spacing={2}>
          <OffboardingChoices
            username={username}
            hasItems={hasItems}
            hasGroups={hasGroups}
            value={{ ...choices, account }}
            onChange={setChoices}
            receiverFolders={receiverFolderTitles}
            folderError={isSubmitted ? folderError : null}
            errors={errors}
            rights={rights}
            deleteBlocker={deleteBlocker}
            licences={licences}
          />
          {!hasItems && !hasGroups ? confirmField : null}
          {prepare.isError ? <Alert severity="error">The plan could not be checked: {prepare.error.message}</Alert> : null}
          {prepare.isPending ? (
            <Stack spacing={1}>
              <Typography role="status">
                Checking {countOf(items.length, 'item')} and {countOf(ownedGroups.length, 'group')}…
              </Typography>
              <LinearProgress aria-label="Checking the plan" />
            </Stack>
          ) : null}
          <Stack direction="row" spacing={1}>
            <Button onClick={() => setIsChoosing(false)} disabled={prepare.isPending}>
              Back
            </Button>
            <Button
              variant="contained"
              onClick={handleCheck}
              disabled={
                prepare.isPending ||
                !callerInfo ||
                (!hasItems && !hasGroups && !isConfirmed) ||
                (hasItems && choices.strategy.kind !== 'keep' && choices.strategy.kind !== 'root' && receiverFolders.isFetching)
              }
            >
              {hasItems || hasGroups ? 'Check the plan' : finalStepLabel({ items: 0, groups: 0, account, username })}
            </Button>
          </Stack>
        </Stack>
      ) : null}
      {activeStep === 2 ? (
        <Stack spacing={2}>
          <PreflightReview
            result={preflight}
            groupChecks={groupChecks}
            receiver={choices.contentReceiver?.username ?? ''}
            groupsToJoin={plan.groupsToJoin}
            joinable={joinable}
            canAddMembers={callerInfo?.privileges.includes(transferPrivileges.assignToGroups) ?? false}
            onToggleJoin={plan.toggleJoin}
          />
          <Typography>
            {account === 'delete'
              ? 'After the transfer the inventory is read again; the account is deleted only if nothing is left.'
              : account === 'disable'
                ? 'After the transfer the inventory is read again and the account is disabled.'
                : 'After the transfer the inventory is read again; the account is left as it is.'}
          </Typography>
          {confirmField}
          <Stack direction="row" spacing={1}>
            <Button onClick={() => prepare.reset()}>Back</Button>
            <Button variant="contained" onClick={() => void handleRun()} disabled={!isConfirmed}>
              {finalStepLabel({ items: runnableItems, groups: runnableGroups, account, username })}
            </Button>
          </Stack>
        </Stack>
      ) : null}
      {activeStep === 3 && run.state.status !== 'idle' ? (
        <Stack spacing={2}>
          <TransferProgress update={run.state.update} isCancelling={run.state.status === 'running' && run.state.isCancelling} />
          <PortalWaitNotice connection={run.connection} onStop={run.cancel} />
          {run.state.status === 'running' ? (
            <Stack direction="row">
              <Button onClick={run.cancel} disabled={run.state.isCancelling}>
                Cancel transfer
              </Button>
            </Stack>
          ) : null}
        </Stack>
      ) : null}
      {activeStep === 4 ? (
        finish.isSuccess ? (
          <Stack spacing={2}>
            <OffboardingResult username={username} update={runUpdate} finish={finish.data} />
            <RunHistorySaveStatus history={run.runHistory} onSaveAgain={run.saveRunAgain} />
            {!ownsNothing(finish.data.verified) || !finish.data.account.isDone ? (
              <Stack direction="row">
                <Button variant="contained" onClick={handleAgain}>
                  Run the wizard again
                </Button>
              </Stack>
            ) : null}
          </Stack>
        ) : finish.isError ? (
          <ErrorAlert title="The result could not be verified" message={finish.error.message} onRetry={() => finish.mutate()} />
        ) : (
          <Stack spacing={1}>
            <Typography role="status">Verifying: reading everything {username} owns again…</Typography>
            <LinearProgress aria-label="Verifying" />
          </Stack>
        )
      ) : null}
    </Stack>
  );
}
