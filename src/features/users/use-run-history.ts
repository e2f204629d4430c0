import { useCallback } from 'react';

import { usePortalSession } from '@/hooks/use-session';
import { toAppError } from '@/lib/arcgis/arcgis-error';
import { saveRunRecord } from '@/lib/arcgis/run-record-items';
import type { RunRecord } from '@/lib/history/run-record';

import type { BulkAction, BulkPlan, BulkResult } from './bulk-action';
import { type MemberRunContext, memberRunRecord } from './member-run-record';

/** Where a finished run's record is: being saved, saved (its item id), or not saved (kept here to save again). */
export type RunHistory =
  | { status: 'off' }
  | { status: 'saving'; record: RunRecord }
  | { status: 'saved'; record: RunRecord; id: string }
  | { status: 'failed'; record: RunRecord; message: string };

/** Saves finished runs to the history in the portal; a failed save keeps the record so it can be saved again. `onChange` must be stable. */
export function useRunHistory(onChange: (history: RunHistory) => void) {
  const session = usePortalSession();

  const save = useCallback(
    (record: RunRecord) => {
      onChange({ status: 'saving', record });
      saveRunRecord(session, record).then(
        (id) => {
          onChange({ status: 'saved', record, id });
        },
        (error: unknown) => {
          onChange({ status: 'failed', record, message: toAppError(error).message });
        },
      );
    },
    [onChange, session],
  );

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
