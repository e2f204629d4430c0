import Button from '@mui/material/Button';

import { RunHistorySaveStatus } from '@/components/run-history-save-status';
import type { RunHistory } from '@/lib/history/run-history';
import type { RunRecord } from '@/lib/history/run-record';

import { undoRecordOf } from '../member-run-record';
import type { UndoTarget } from '../use-undo-plan';

type Props = { history: RunHistory; onSaveAgain: (record: RunRecord) => void; onUndo: (target: UndoTarget) => void };

/** Where the finished run is in the history, "Save to history" again when saving failed, and "Undo this run…". */
export function RunHistoryStatus({ history, onSaveAgain, onUndo }: Props) {
  if (history.status === 'off') return null;
  const undoable = typeof undoRecordOf(history.record) !== 'string';
  const runId = history.status === 'saved' ? history.id : null;
  return (
    <RunHistorySaveStatus history={history} onSaveAgain={onSaveAgain}>
      {undoable ? (
        <Button
          variant="outlined"
          // The undo's record points to this run's: wait until it has an id (or failed to get one).
          disabled={history.status === 'saving'}
          onClick={() => {
            onUndo({ runId, record: history.record });
          }}
        >
          Undo this run…
        </Button>
      ) : null}
    </RunHistorySaveStatus>
  );
}
