import { type GroupCheck, preflightGroups } from './group-transfer';
import { type MissingGroup, preflightTransfer, type PreflightResult, runnableUnitIds } from './preflight-transfer';
import type { Caller } from './transfer-privileges';
import type { ExecuteTransferInput } from '../api/execute-transfer';
import type { PreparedTransfer } from '../api/prepare-transfer';
import type { GroupSummary } from '../types';

export type TransferPlanInput = {
  /** What `prepareTransferRequest` read; undefined until the plan is checked. */
  prepared: PreparedTransfer | undefined;
  caller: Caller | null;
  /** The groups to hand over (the giver's, or those an undo takes back). */
  ownedGroups: readonly GroupSummary[];
  contentReceiver: string | null;
  groupReceiver: string | null;
  /** Groups the person chose to add the content's receiver to before the items move. */
  groupsToJoin: ReadonlySet<string>;
};

export type CheckedTransferPlan = {
  groupChecks: GroupCheck[];
  preflight: PreflightResult | null;
  /** Groups the receiver is not in that items are shared with (the groups they take over not counted). */
  joinable: MissingGroup[];
  runnableItems: number;
  runnableGroups: number;
};

const same = (a: string | null, b: string | null) => a !== null && b !== null && a.toLowerCase() === b.toLowerCase();

/**
 * What a transfer will do, from what was read: the group hand-overs, the items' pre-flight (a receiver who takes
 * over a group is in it before the items shared there move, so those groups count as joined) and how much can run.
 * The transfer dialog, the offboarding wizard, the delete dialog's "transfer and delete" and the undo of a transfer
 * share it (the first two through `useTransferPlan`).
 */
export function planTransfer(input: TransferPlanInput): CheckedTransferPlan {
  const { prepared, caller } = input;
  const groupChecks =
    prepared?.groupReceiver && caller ? preflightGroups(input.ownedGroups, caller, prepared.groupReceiver.profile, prepared.groupReceiver.ownedTitles) : [];
  const gainedByGroups = same(input.contentReceiver, input.groupReceiver)
    ? new Set(groupChecks.filter((check) => check.status === 'ready').map((check) => check.group.id))
    : new Set<string>();
  const items = prepared?.items;
  const preflight = items && caller ? preflightTransfer({ ...items, caller, groupsToJoin: new Set([...input.groupsToJoin, ...gainedByGroups]) }) : null;
  const joinable = items && caller ? preflightTransfer({ ...items, caller, groupsToJoin: gainedByGroups }).missingGroups : [];
  const runnable = preflight ? runnableUnitIds(preflight) : new Set<string>();
  return {
    groupChecks,
    preflight,
    joinable,
    runnableItems: preflight ? preflight.items.filter((check) => runnable.has(check.unitId)).length : 0,
    runnableGroups: groupChecks.filter((check) => check.status === 'ready').length,
  };
}

/** What the transfer engine is given to run a checked plan. */
export function transferRunInput(
  plan: CheckedTransferPlan,
  prepared: PreparedTransfer,
  caller: Caller,
  groupsToJoin: ReadonlySet<string>,
  groupReceiver: string | null,
): ExecuteTransferInput {
  return {
    caller,
    items: prepared.items,
    groupsToJoin: [...groupsToJoin],
    groups: plan.groupChecks.length > 0 && groupReceiver ? { checks: plan.groupChecks, receiver: groupReceiver } : null,
  };
}
