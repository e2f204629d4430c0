import { useCallback, useMemo, useState } from 'react';

import { type CheckedTransferPlan, planTransfer, type TransferPlanInput, transferRunInput } from './transfer-plan';
import type { ExecuteTransferInput } from '../api/execute-transfer';

export type TransferPlanState = CheckedTransferPlan & {
  /** Groups the person chose to add the content's receiver to before the items move. */
  groupsToJoin: ReadonlySet<string>;
  toggleJoin: (groupId: string, isJoining: boolean) => void;
  /** A plan checked again starts with no groups chosen. */
  clearJoins: () => void;
  /** What the transfer engine runs, once the plan has been read; null before. */
  runInput: () => ExecuteTransferInput | null;
};

/** The checked plan of a transfer with the groups chosen to join: what the transfer dialog and the offboarding wizard show and run. */
export function useTransferPlan(input: Omit<TransferPlanInput, 'groupsToJoin'>): TransferPlanState {
  const { prepared, caller, ownedGroups, contentReceiver, groupReceiver } = input;
  const [groupsToJoin, setGroupsToJoin] = useState<ReadonlySet<string>>(new Set());
  const plan = useMemo(
    () => planTransfer({ prepared, caller, ownedGroups, contentReceiver, groupReceiver, groupsToJoin }),
    [prepared, caller, ownedGroups, contentReceiver, groupReceiver, groupsToJoin],
  );
  const toggleJoin = useCallback((groupId: string, isJoining: boolean) => {
    setGroupsToJoin((current) => {
      const next = new Set(current);
      if (isJoining) next.add(groupId);
      else next.delete(groupId);
      return next;
    });
  }, []);
  const clearJoins = useCallback(() => {
    setGroupsToJoin(new Set());
  }, []);
  const runInput = () => (prepared && caller ? transferRunInput(plan, prepared, caller, groupsToJoin, groupReceiver) : null);
  return { ...plan, groupsToJoin, toggleJoin, clearJoins, runInput };
}
