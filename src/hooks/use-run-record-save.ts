import { useCallback } from 'react';

import { toAppError } from '@/lib/arcgis/arcgis-error';
import { saveRunRecord } from '@/lib/arcgis/run-record-items';
import type { RunHistory } from '@/lib/history/run-history';
import type { RunRecord } from '@/lib/history/run-record';

import { usePortalSession } from './use-session';

/**
 * Saves a finished run's record to the history in the portal, reporting each state to `onChange` (which must be
 * stable); a failed save keeps the record, so "Save to history" sends the same record (the same `runId`) again.
 */
export function useRunRecordSave(onChange: (history: RunHistory) => void) {
  const session = usePortalSession();
  return useCallback(
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
}
