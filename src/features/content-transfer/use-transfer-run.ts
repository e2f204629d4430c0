import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';
import { createRunConnection, type RunConnection } from '@/lib/arcgis/portal-retry';
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
  const [connection, setConnection] = useState<RunConnection | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (input: ExecuteTransferInput) => {
      const abort = new AbortController();
      controller.current = abort;
      // Transient failures never fail an item: the run waits for the portal, and says so when it stops answering.
      const link = createRunConnection();
      setConnection(link);
      const isCancelled = () => abort.signal.aborted;
      const final = await executeTransfer(session, input, { retry: link.policy, isCancelled, signal: abort.signal }, (update) => {
        setState({ status: 'running', update, isCancelling: isCancelled() });
      });
      link.close();
      setConnection(null);
      setState({ status: 'done', update: final, isCancelling: false });
      // Both members' content, groups and member pages changed, and counts elsewhere with them.
      await invalidatePortalChanges(queryClient);
      return final;
    },
    [session, queryClient],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState((current) => (current.status === 'running' ? { ...current, isCancelling: true } : current));
  }, []);

  const reset = useCallback(() => {
    setState({ status: 'idle' });
  }, []);

  return { state, connection, start, cancel, reset };
}
