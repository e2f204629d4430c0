import { addGroupMembers } from '@/lib/arcgis/group-membership-writes';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { type RetryPolicy, withRetries } from '@/lib/async/with-retries';

import { createFolder, fetchGroupOwner, fetchItemOwner, portalReason, reassignGroup, reassignItem } from './content-api';
import type { TransferContext } from './prepare-transfer';
import { type GroupCheck, type GroupOutcome, runGroupTransfer } from '../transfer/group-transfer';
import { preflightTransfer, runnableUnitIds } from '../transfer/preflight-transfer';
import { type ItemOutcome, runTransfer, type TransferProgress } from '../transfer/run-transfer';
import type { Caller } from '../transfer/transfer-privileges';

/** Requests in flight at once during a run (the brief's 4–8; the portal has no documented rate limit). */
export const TRANSFER_CONCURRENCY = 6;

/** How a run is steered: the retry rule every request goes through, and cancel (no new request; waiting ends). */
export type TransferRunControl = { retry: RetryPolicy; isCancelled: () => boolean; signal?: AbortSignal };

export type ExecuteTransferInput = {
  caller: Caller;
  /** Items to move; null when only groups move. */
  items: TransferContext | null;
  /** Groups the receiver is added to before anything moves. */
  groupsToJoin: readonly string[];
  groups: { checks: readonly GroupCheck[]; receiver: string } | null;
};

export type ExecuteTransferUpdate = {
  phase: 'joining' | 'groups' | 'folders' | 'items' | 'done';
  progress: TransferProgress;
  itemOutcomes: ReadonlyMap<string, ItemOutcome>;
  groupOutcomes: ReadonlyMap<string, GroupOutcome>;
  /** Group memberships that could not be added, with the reason. */
  joinProblems: string[];
};

/**
 * Runs a confirmed transfer: adds the receiver to the chosen groups, reassigns groups (so a receiver who
 * takes over a group is in it before the items shared there move), creates missing folders, then moves the
 * items. The pre-flight is re-checked against the memberships actually gained; what it blocks is reported,
 * never sent.
 */
export async function executeTransfer(
  session: PortalSession,
  input: ExecuteTransferInput,
  control: TransferRunControl,
  onUpdate: (update: ExecuteTransferUpdate) => void,
): Promise<ExecuteTransferUpdate> {
  const { retry, isCancelled, signal } = control;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const plan = input.items?.plan;
  let state: ExecuteTransferUpdate = {
    phase: 'joining',
    progress: { total: plan?.itemCount ?? 0, settled: 0, moved: 0, failed: 0, notMoved: 0 },
    itemOutcomes: new Map(),
    groupOutcomes: new Map(),
    joinProblems: [],
  };
  const update = (next: Partial<ExecuteTransferUpdate>) => {
    state = { ...state, ...next };
    onUpdate(state);
  };
  update({});

  const joined = new Set<string>();
  const receiver = input.items?.receiver.username;
  if (receiver) {
    for (const groupId of input.groupsToJoin) {
      const title = input.items?.groupTitles.get(groupId) ?? groupId;
      // Adding an existing member again changes nothing, so the add is simply retried.
      const added = await withRetries(() => addGroupMembers(session, groupId, [receiver], { signal }), retry, signal);
      if (added.ok && added.value.length === 0) joined.add(groupId);
      else if (added.ok) update({ joinProblems: [...state.joinProblems, `“${title}”: the portal did not add ${receiver}.`] });
      else update({ joinProblems: [...state.joinProblems, `“${title}”: ${portalReason(added.error)}`] });
    }
  }

  if (input.groups && input.groups.checks.length > 0) {
    update({ phase: 'groups' });
    const outcomes = await runGroupTransfer({
      checks: input.groups.checks,
      reassign: (group) => reassignGroup(session, group.id, input.groups?.receiver ?? ''),
      isTransferred: async (group) => same(await fetchGroupOwner(session, group.id), input.groups?.receiver ?? ''),
      reasonOf: portalReason,
      retry,
      concurrency: TRANSFER_CONCURRENCY,
      isCancelled,
      signal,
      onProgress: (groupOutcomes) => {
        update({ groupOutcomes: new Map(groupOutcomes) });
      },
    });
    if (receiver && input.groups.receiver.toLowerCase() === receiver.toLowerCase()) {
      for (const outcome of outcomes.values()) if (outcome.status === 'transferred') joined.add(outcome.groupId);
    }
  }

  if (input.items && plan && !isCancelled()) {
    const context = input.items;
    const recheck = preflightTransfer({
      plan,
      caller: input.caller,
      receiver: { ...context.receiver, groupIds: [...context.receiver.groupIds, ...joined] },
      sharing: context.sharing,
      groupTitles: context.groupTitles,
      receiverFolderContents: context.receiverFolderContents,
      groupsToJoin: new Set(),
    });
    update({ phase: 'folders' });
    for (const title of plan.foldersToCreate) {
      // A folder that cannot be made here is created by the reassign itself (targetFolderName creates it).
      await createFolder(session, plan.receiver, title).catch(() => undefined);
    }
    update({ phase: 'items' });
    const blockedReasons = new Map(
      recheck.items
        .filter((check) => check.status === 'blocked')
        .map(
          (check) =>
            [
              check.itemId,
              check.issues
                .filter((issue) => issue.severity === 'blocker')
                .map((issue) => issue.message)
                .join(' '),
            ] as const,
        ),
    );
    await runTransfer({
      plan,
      runnable: runnableUnitIds(recheck),
      blockedReasons,
      reassign: (entry) => reassignItem(session, plan.owner, entry.item.id, plan.receiver, entry.targetFolder),
      isMoved: async (entry) => same(await fetchItemOwner(session, entry.item.id), plan.receiver),
      reasonOf: portalReason,
      retry,
      concurrency: TRANSFER_CONCURRENCY,
      isCancelled,
      signal,
      onProgress: (progress, itemOutcomes) => {
        update({ progress, itemOutcomes: new Map(itemOutcomes) });
      },
    });
  }
  update({ phase: 'done' });
  return state;
}
