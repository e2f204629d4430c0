import Stack from '@mui/material/Stack';

import type { BulkAction } from '../bulk-action';
import type { BulkRun } from '../use-bulk-action';
import type { UndoTarget } from '../use-undo-plan';
import { BulkResults } from './bulk-results';
import { BulkRunProgress } from './bulk-run-progress';
import { RunHistoryStatus } from './run-history-status';

type Props = { run: BulkRun; action: string; kind: BulkAction['kind']; onUndo: (target: UndoTarget) => void };

/** A bulk run once started: its progress with Stop, then its results and where it is in the history. */
export function BulkRunView({ run, action, kind, onUndo }: Props) {
  const { state } = run;
  if (state.status === 'running') {
    return <BulkRunProgress handled={state.results.length} total={state.total} cancelling={state.cancelling} connection={run.connection} onStop={run.cancel} />;
  }
  if (state.status === 'done') {
    return (
      <Stack spacing={2}>
        <BulkResults action={action} kind={kind} results={state.results} cancelled={state.cancelled} />
        <RunHistoryStatus history={state.history} onSaveAgain={run.saveAgain} onUndo={onUndo} />
      </Stack>
    );
  }
  return null;
}
