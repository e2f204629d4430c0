import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';
import { invalidatePortalChanges } from '@/lib/invalidate-portal-changes';

import { executeTransfer, type ExecuteTransferInput, type ExecuteTransferUpdate } from './api/execute-transfer';

export type TransferRunState =
  | { status: 'idle' }
  | { status: 'running' | 'done'; update: ExecuteTransferUpdate; isCancelling: boolean };

/** Runs a confirmed transfer, with cancel; afterwards what it changed is read again wherever it is shown. */
export function useTransferRun() {
  const session = usePortalSession();
  const queryClient = useQueryClient();
  const [state, setState] = useState<TransferRunState>({ status: 'idle' });
  const cancelled = useRef(false);

  const start = useCallback(
    async (input: ExecuteTransferInput) => {
      cancelled.current = false;
      const final = await executeTransfer(session, input, () => cancelled.current, (update) => {
        setState({ status: 'running', update, isCancelling: cancelled.current });
      });
      setState({ status: 'done', update: final, isCancelling: false });
      // Both members' content, groups and member pages changed, and counts elsewhere with them.
      await invalidatePortalChanges(queryClient);
      return final;
    },
    [session, queryClient],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
    setState((current) => (current.status === 'running' ? { ...current, isCancelling: true } : current));
  }, []);

  const reset = useCallback(() => {
    setState({ status: 'idle' });
  }, []);

  return { state, start, cancel, reset };
}
