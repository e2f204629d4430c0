import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { MemberPicker } from '@/components/member-picker';
import { PortalWaitNotice } from '@/components/portal-wait-notice';
import { RunHistorySaveStatus } from '@/components/run-history-save-status';
import { paths } from '@/config/paths';
import { usePortalSession } from '@/hooks/use-session';
import type { MemberOption } from '@/lib/arcgis/member-options';
import { selfQueries } from '@/lib/arcgis/self-queries';
import { countOf } from '@/lib/text/plural';

import { TransferProgress } from './transfer-progress';
import { contentQueries } from '../../api/content-queries';
import { finishOffboarding } from '../../api/finish-offboarding';
import { prepareTransferRequest } from '../../api/prepare-transfer';
import { AccountConfirmField } from '../../offboarding/components/account-confirm-field';
import { OffboardingResult } from '../../offboarding/components/offboarding-result';
import { accountRights, finalStepLabel, isAccountChoiceConfirmed } from '../../offboarding/offboarding-status';
import { planTransfer, transferRunInput } from '../transfer-plan';
import { transferPrivileges } from '../transfer-privileges';
import { useTransferRun } from '../use-transfer-run';

type Props = {
  username: string;
  /** True from the click until the account is deleted (or kept): the dialog around it stays open. */
  onBusyChange: (busy: boolean) => void;
};

/** Blocked items listed by name before anything runs; the rest are counted. */
const LISTED_BLOCKERS = 5;

/**
 * ArcGIS Online's "transfer and delete", inside the delete dialog: one receiver takes everything (items in folders of
 * the same names, the groups), the plan is checked with the offboarding wizard's rules, the username is typed, and
 * the last button names it all. The offboarding engine moves everything, reads the inventory again, and deletes only
 * when nothing is left.
 */
export function TransferAndDelete({ username, onBusyChange }: Props) {
  const session = usePortalSession();
  const caller = useQuery(selfQueries.member(session));
  const callerInfo = useMemo(() => (caller.data ? { username: caller.data.username, privileges: caller.data.privileges } : null), [caller.data]);
  const rights = useMemo(() => accountRights(callerInfo ?? { username: '', privileges: [] }), [callerInfo]);
  const [receiver, setReceiver] = useState<MemberOption | null>(null);
  const [typed, setTyped] = useState('');
  const run = useTransferRun();
  const isStarted = run.state.status !== 'idle';
  // Once the run starts the inventory is not read again here: the member may be gone by the time it would be.
  const inventory = useQuery({ ...contentQueries.inventory(session, username), enabled: !isStarted });
  const items = useMemo(() => inventory.data?.items ?? [], [inventory.data]);
  const ownedGroups = useMemo(() => inventory.data?.ownedGroups ?? [], [inventory.data]);

  const prepare = useMutation({
    mutationFn: (to: string) =>
      prepareTransferRequest(session, {
        owner: username,
        receiver: to,
        selection: null,
        items,
        hasGroups: ownedGroups.length > 0,
        strategy: { kind: 'keep' },
        ownerFolders: inventory.data?.folders,
        caller: callerInfo,
      }),
  });
  const finish = useMutation({
    mutationFn: () => finishOffboarding(session, username, 'delete', rights),
    // The account is gone (or kept): the member page and table behind the dialog read it again.
    meta: { invalidates: ['members', 'content', 'groups'] },
    onSettled: () => {
      onBusyChange(false);
    },
  });

  const to = receiver?.username ?? null;
  const canAddMembers = callerInfo?.privileges.includes(transferPrivileges.assignToGroups) ?? false;
  // Everything moves: the receiver is added to the groups the items are shared with, when the caller may do that.
  const groupsToJoin = useMemo(() => {
    if (!canAddMembers) return new Set<string>();
    const first = planTransfer({ prepared: prepare.data, caller: callerInfo, ownedGroups, contentReceiver: to, groupReceiver: to, groupsToJoin: new Set() });
    return new Set(first.joinable.map((group) => group.id));
  }, [canAddMembers, prepare.data, callerInfo, ownedGroups, to]);
  const plan = useMemo(
    () => planTransfer({ prepared: prepare.data, caller: callerInfo, ownedGroups, contentReceiver: to, groupReceiver: to, groupsToJoin }),
    [prepare.data, callerInfo, ownedGroups, to, groupsToJoin],
  );
  const blockedItems = plan.preflight ? plan.preflight.items.length - plan.runnableItems : 0;
  const blockedGroups = plan.groupChecks.length - plan.runnableGroups;
  const isEverything = prepare.isSuccess && blockedItems === 0 && blockedGroups === 0;
  const joinTitles = plan.preflight ? [...groupsToJoin].map((id) => `“${prepare.data?.items?.groupTitles.get(id) ?? id}”`) : [];

  const handleReceiver = (value: MemberOption | null) => {
    setReceiver(value);
    setTyped('');
    if (value) prepare.mutate(value.username);
    else prepare.reset();
  };

  const handleRun = async () => {
    if (!callerInfo || !prepare.data) return;
    onBusyChange(true);
    await run.start(transferRunInput(plan, prepare.data, callerInfo, groupsToJoin, to), { kind: 'offboarding', giver: username, account: 'delete' });
    finish.mutate();
  };

  if (isStarted) {
    if (finish.isSuccess) {
      return (
        <Stack spacing={1.5}>
          <OffboardingResult username={username} update={run.state.status === 'idle' ? null : run.state.update} finish={finish.data} />
          <RunHistorySaveStatus history={run.runHistory} onSaveAgain={run.saveRunAgain} />
        </Stack>
      );
    }
    if (finish.isError) {
      return <ErrorAlert title="The result could not be verified" message={finish.error.message} onRetry={() => finish.mutate()} />;
    }
    return (
      <Stack spacing={1.5}>
        {run.state.status === 'running' ? (
          <>
            <TransferProgress update={run.state.update} isCancelling={run.state.isCancelling} />
            <PortalWaitNotice connection={run.connection} onStop={run.cancel} />
            <Stack direction="row">
              <Button onClick={run.cancel} disabled={run.state.isCancelling}>
                Cancel transfer
              </Button>
            </Stack>
          </>
        ) : (
          <>
            <Typography role="status">Verifying: reading everything {username} owns again, then deleting…</Typography>
            <LinearProgress aria-label="Verifying" />
          </>
        )}
      </Stack>
    );
  }

  if (inventory.isError) {
    return <ErrorAlert title="The member’s inventory could not be read" message={inventory.error.message} onRetry={() => void inventory.refetch()} />;
  }
  if (inventory.isPending || caller.isPending) return <LinearProgress aria-label="Reading the inventory" />;

  const blockers = plan.preflight?.items.filter((check) => check.status === 'blocked') ?? [];
  return (
    <Stack spacing={2}>
      <MemberPicker label="Move everything to" exclude={username} value={receiver} onChange={handleReceiver} />
      {prepare.isPending ? (
        <Stack spacing={1}>
          <Typography role="status">
            Checking {countOf(items.length, 'item')} and {countOf(ownedGroups.length, 'group')} against {to}…
          </Typography>
          <LinearProgress aria-label="Checking the plan" />
        </Stack>
      ) : null}
      {prepare.isError ? <Alert severity="error">The plan could not be checked: {prepare.error.message}</Alert> : null}
      {prepare.isSuccess ? (
        <Stack spacing={1} role="status" aria-label="Transfer check">
          <Typography>
            {countOf(plan.runnableItems, 'item')} and {countOf(plan.runnableGroups, 'group')} can move to {to}, items into folders of the same names.
          </Typography>
          {joinTitles.length > 0 ? (
            <Typography>
              {to} is first added to {countOf(joinTitles.length, 'group')} the items are shared with: {joinTitles.join(', ')}.
            </Typography>
          ) : null}
        </Stack>
      ) : null}
      {prepare.isSuccess && !isEverything ? (
        <Alert severity="error">
          Not everything can move to {to}
          {blockedItems > 0 ? `: ${countOf(blockedItems, 'item')} blocked` : ''}
          {blockedGroups > 0 ? `${blockedItems > 0 ? ',' : ':'} ${countOf(blockedGroups, 'group')} blocked` : ''}, so {username} could not be deleted.{' '}
          {[
            ...blockers.slice(0, LISTED_BLOCKERS).map(
              (check) =>
                `“${check.title}”: ${check.issues
                  .filter((issue) => issue.severity === 'blocker')
                  .map((issue) => issue.message)
                  .join(' ')}`,
            ),
            ...plan.groupChecks.filter((check) => check.status === 'blocked').map((check) => `“${check.group.title}”: ${check.issues.join(' ')}`),
          ].join(' ')}{' '}
          Choose another member, or{' '}
          <Link component={RouterLink} to={paths.memberOffboard.href(username)}>
            offboard {username} step by step
          </Link>
          .
        </Alert>
      ) : null}
      {isEverything ? (
        <>
          <AccountConfirmField username={username} account="delete" value={typed} onChange={setTyped} />
          <Stack direction="row">
            <Button variant="contained" color="error" disabled={!isAccountChoiceConfirmed('delete', username, typed)} onClick={() => void handleRun()}>
              {finalStepLabel({ items: plan.runnableItems, groups: plan.runnableGroups, account: 'delete', username, receiver: to ?? '' })}
            </Button>
          </Stack>
        </>
      ) : null}
    </Stack>
  );
}
