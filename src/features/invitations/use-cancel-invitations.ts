import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';

import { useRunControl } from '@/hooks/use-run-control';
import { usePortalSession } from '@/hooks/use-session';
import { toAppError } from '@/lib/arcgis/arcgis-error';
import { runBatches } from '@/lib/async/run-batches';
import { refreshAfter } from '@/lib/portal-changes';

import { sendCancelInvitation } from './api/invitations-api';
import { type CancelResult, notSent, settleCancel } from './cancel-invitations';
import type { Invitation } from './types';

export type CancelRunState =
  | { status: 'idle' }
  | { status: 'running'; results: CancelResult[]; total: number; stopping: boolean }
  | { status: 'done'; results: CancelResult[]; stopped: boolean };

/** One invitation a request (the delete takes one id); a few in flight, as the member bulk actions do. */
const CONCURRENCY = 4;

/** Cancels invitations: bounded concurrency, transient failures retried (never a failed row), stop, per-invitation report. */
export function useCancelInvitations() {
  const session = usePortalSession();
  const queryClient = useQueryClient();
  const [state, setState] = useState<CancelRunState>({ status: 'idle' });
  const { connection, begin, cancel: cancelRun } = useRunControl();

  const start = useCallback(
    async (invitations: readonly Invitation[]) => {
      const results: CancelResult[] = [];
      const settled = new Set<Invitation>();
      const total = invitations.length;
      setState({ status: 'running', results: [], total, stopping: false });
      const handles = begin();
      await runBatches({
        batches: invitations,
        send: (invitation, signal) => sendCancelInvitation(session, invitation.id, signal),
        onSettled: (invitation, settlement) => {
          settled.add(invitation);
          // A retried delete whose first attempt went through is answered "does not exist": it is cancelled.
          const appliedEarlier = !settlement.ok && settlement.attempts > 1 && toAppError(settlement.error).kind === 'not-found';
          results.push(
            settleCancel(
              invitation,
              settlement.ok || appliedEarlier
                ? { ok: true, success: settlement.ok ? settlement.value : true }
                : { ok: false, error: toAppError(settlement.error) },
              Date.now(),
            ),
          );
          setState((current) => ({ status: 'running', results: [...results], total, stopping: current.status === 'running' && current.stopping }));
        },
        retry: handles.retry,
        concurrency: CONCURRENCY,
        signal: handles.signal,
        waitUntilResumed: () => Promise.resolve(),
      });
      handles.end();
      for (const invitation of invitations) if (!settled.has(invitation)) results.push(notSent(invitation));
      setState({ status: 'done', results, stopped: handles.isCancelled() });
      await refreshAfter(queryClient, ['invitations', 'members']);
    },
    [queryClient, session, begin],
  );

  const stop = useCallback(() => {
    cancelRun();
    setState((current) => (current.status === 'running' ? { ...current, stopping: true } : current));
  }, [cancelRun]);

  return { state, connection, start, stop };
}
