import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';

import { useRunControl } from '@/hooks/use-run-control';
import { useRunHistoryKeeper } from '@/hooks/use-run-history-keeper';
import { usePortalSession } from '@/hooks/use-session';
import { transferRunRecordInput, type TransferRunInput } from '@/lib/history/transfer-run-record';
import { refreshAfter } from '@/lib/portal-changes';

import { executeTransfer, type ExecuteTransferInput, type ExecuteTransferUpdate } from '../api/execute-transfer';

export type TransferRunState = { status: 'idle' } | { status: 'running' | 'done'; update: ExecuteTransferUpdate; isCancelling: boolean };

/** What the run's history record needs besides the outcomes: a transfer or an offboarding, whose, and its account step. */
export type TransferRunHistory = Pick<TransferRunInput, 'kind' | 'giver' | 'account' | 'undoOf'>;

/** The record of a finished run: the giver, each receiver and every item's and group's result. */
function transferRecord(input: ExecuteTransferInput, final: ExecuteTransferUpdate, history: TransferRunHistory, startedAt: Date) {
  return transferRunRecordInput({
    ...history,
    itemReceiver: input.items?.plan.receiver ?? null,
    groupReceiver: input.groups?.receiver ?? null,
    items: [...final.itemOutcomes.values()].map((item) => ({
      id: item.itemId,
      title: item.title,
      type: item.type,
      status: item.status,
      reason: item.reason,
      folder: item.sourceFolder,
    })),
    groups: [...final.groupOutcomes.values()].map((group) => ({
      id: group.groupId,
      title: group.title,
      type: 'Group',
      status: group.status === 'transferred' ? 'moved' : group.status === 'failed' ? 'failed' : 'not-moved',
      reason: group.reason,
    })),
    startedAt,
  });
}

/**
 * Runs a confirmed transfer, with cancel; afterwards what it changed is read again wherever it is shown, and, given
 * `history`, the run is saved to the history (`runHistory` says where it is).
 */
export function useTransferRun() {
  const session = usePortalSession();
  const queryClient = useQueryClient();
  const [state, setState] = useState<TransferRunState>({ status: 'idle' });
  const { connection, begin, cancel: cancelRun } = useRunControl();
  const { history: runHistory, keep, saveAgain: saveRunAgain, clear } = useRunHistoryKeeper();

  const start = useCallback(
    async (input: ExecuteTransferInput, history?: TransferRunHistory) => {
      const startedAt = new Date();
      const handles = begin();
      const final = await executeTransfer(session, input, handles, (update) => {
        setState({ status: 'running', update, isCancelling: handles.isCancelled() });
      });
      handles.end();
      setState({ status: 'done', update: final, isCancelling: false });
      if (history) keep(transferRecord(input, final, history, startedAt));
      // Both members' content, groups and member pages changed, and counts elsewhere with them.
      await refreshAfter(queryClient, ['content', 'groups', 'members']);
      return final;
    },
    [session, queryClient, keep, begin],
  );

  const cancel = useCallback(() => {
    cancelRun();
    setState((current) => (current.status === 'running' ? { ...current, isCancelling: true } : current));
  }, [cancelRun]);

  const reset = useCallback(() => {
    setState({ status: 'idle' });
    clear();
  }, [clear]);

  return { state, connection, start, cancel, reset, runHistory, saveRunAgain };
}
