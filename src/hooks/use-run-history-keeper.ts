import { useCallback, useState } from 'react';

import type { RunHistory } from '@/lib/history/run-history';
import { buildReportedRunRecord } from '@/lib/history/run-record';

import { useRunRecordSave } from './use-run-record-save';
import { usePortalSession } from './use-session';

type KeepInput = Omit<Parameters<typeof buildReportedRunRecord>[0], 'ranBy'>;

/**
 * The one call a run that reports its own outcomes (imports, transfers, offboarding) makes at its end: `keep` builds
 * its record (its `runId` made once, here) and saves it in the background; `history` says where it is, for the run's
 * report to show with "Save to history" again (`saveAgain`) when saving failed.
 */
export function useRunHistoryKeeper() {
  const session = usePortalSession();
  const [history, setHistory] = useState<RunHistory>({ status: 'off' });
  const saveAgain = useRunRecordSave(setHistory);
  const keep = useCallback(
    (input: KeepInput) => {
      saveAgain(buildReportedRunRecord({ ...input, ranBy: session.username }));
    },
    [saveAgain, session.username],
  );
  const clear = useCallback(() => {
    setHistory({ status: 'off' });
  }, []);
  return { history, keep, saveAgain, clear };
}
