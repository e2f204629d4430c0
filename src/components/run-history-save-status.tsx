import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

import { paths } from '@/config/paths';
import type { RunHistory } from '@/lib/history/run-history';
import type { RunRecord } from '@/lib/history/run-record';

type Props = { history: RunHistory; onSaveAgain: (record: RunRecord) => void; children?: ReactNode };

/** Where a finished run is in the history, and "Save to history" again when saving failed; `children` beside it. */
export function RunHistorySaveStatus({ history, onSaveAgain, children }: Props) {
  if (history.status === 'off') return null;
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
              sx={{ whiteSpace: 'nowrap' }}
              onClick={() => {
                onSaveAgain(history.record);
              }}
            >
              Save to history
            </Button>
          }
        >
          This run is not in the history: {history.message} Nothing is lost: this run's report is complete, and it can be saved again.
        </Alert>
      ) : null}
      {children}
    </Stack>
  );
}
