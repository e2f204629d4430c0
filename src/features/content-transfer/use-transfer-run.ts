import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';

import { contentQueries } from './api/content-queries';
import { executeTransfer, type ExecuteTransferInput, type ExecuteTransferUpdate } from './api/execute-transfer';

export type TransferRunState =
  | { status: 'idle' }
  | { status: 'running' | 'done'; update: ExecuteTransferUpdate; isCancelling: boolean };

/** Runs a confirmed transfer, with cancel; afterwards both members' content and groups are read again. */
export function useTransferRun(owner: string) {
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
      const members = new Set([owner, input.items?.plan.receiver, input.groups?.receiver].filter((name): name is string => Boolean(name)));
      await Promise.all([...members].map((username) => queryClient.invalidateQueries({ queryKey: contentQueries.member(username) })));
      return final;
    },
    [session, queryClient, owner],
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
