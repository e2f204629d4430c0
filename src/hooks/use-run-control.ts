import { useCallback, useRef, useState } from 'react';

import { createRunConnection, type RunConnection } from '@/lib/arcgis/portal-retry';

/** One run's handles: its engine takes the signal and the retry policy, and calls `end` when it is over. */
export type RunHandles = { signal: AbortSignal; retry: RunConnection['policy']; isCancelled: () => boolean; end: () => void };

/**
 * What every bulk run needs around its engine: an abort signal for Cancel, and the portal connection its retries
 * report to (shown while the portal is not answering). One run at a time.
 */
export function useRunControl() {
  const controller = useRef<AbortController | null>(null);
  const [connection, setConnection] = useState<RunConnection | null>(null);

  const begin = useCallback((): RunHandles => {
    const abort = new AbortController();
    controller.current = abort;
    // Transient failures never fail a row: the run waits for the portal, and says so when it stops answering.
    const link = createRunConnection();
    setConnection(link);
    return {
      signal: abort.signal,
      retry: link.policy,
      isCancelled: () => abort.signal.aborted,
      end: () => {
        link.close();
        setConnection(null);
      },
    };
  }, []);
  const cancel = useCallback(() => {
    controller.current?.abort();
  }, []);

  return { connection, begin, cancel };
}
