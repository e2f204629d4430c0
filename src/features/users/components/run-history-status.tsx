import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

import { paths } from '@/config/paths';
import type { RunRecord } from '@/lib/history/run-record';

import { undoRecordOf } from '../member-run-record';
import type { RunHistory } from '../use-run-history';
import type { UndoTarget } from '../use-undo-plan';

type Props = { history: RunHistory; onSaveAgain: (record: RunRecord) => void; onUndo: (target: UndoTarget) => void };

/** Where the finished run is in the history, "Save to history" again when saving failed, and "Undo this run…". */
export function RunHistoryStatus({ history, onSaveAgain, onUndo }: Props) {
  if (history.status === 'off') return null;
  const undoable = typeof undoRecordOf(history.record) !== 'string';
  const runId = history.status === 'saved' ? history.id : null;
  return (
    <Stack spacing={1} direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
      {history.status === 'saving' ? <Typography role="status">Saving this run to the history…</Typography> : null}
      {history.status === 'saved' ? (
        <Typography role="status">
          Saved to the history.{' '}
          <Link component={RouterLink} to={paths.historyRun.href(history.id)}>
            Open this run in History
          </Link>
        </Typography>
      ) : null}
      {history.status === 'failed' ? (
        <Alert
          severity="warning"
          sx={{ flex: 1 }}
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                onSaveAgain(history.record);
              }}
            >
              Save to history
            </Button>
          }
        >
          This run is not in the history: {history.message} Nothing is lost: the report above is complete, and it can be saved again.
        </Alert>
      ) : null}
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
    </Stack>
  );
}
