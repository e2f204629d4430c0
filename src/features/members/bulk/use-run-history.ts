import { useCallback } from 'react';

import { useRunRecordSave } from '@/hooks/use-run-record-save';
import { usePortalSession } from '@/hooks/use-session';
import type { RunHistory } from '@/lib/history/run-history';

import type { BulkAction, BulkPlan, BulkResult } from './bulk-action';
import { type MemberRunContext, memberRunRecord } from './member-run-record';

export type { RunHistory } from '@/lib/history/run-history';

/** Saves finished runs to the history in the portal; a failed save keeps the record so it can be saved again. `onChange` must be stable. */
export function useRunHistory(onChange: (history: RunHistory) => void) {
  const session = usePortalSession();
  const save = useRunRecordSave(onChange);

  const keep = useCallback(
    (steps: readonly { action: BulkAction; plan: BulkPlan }[], results: readonly BulkResult[], context: Omit<MemberRunContext, 'ranBy'>): RunHistory => {
      const record = memberRunRecord(steps, results, { ...context, ranBy: session.username });
      // Saved after the run's report is shown: the report never waits for the history.
      queueMicrotask(() => {
        save(record);
      });
      return { status: 'saving', record };
    },
    [save, session.username],
  );

  return { keep, saveAgain: save };
}
