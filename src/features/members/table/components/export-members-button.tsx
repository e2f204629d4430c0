import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';

import { downloadTextFile } from '@/lib/download-text-file';
import { countOf, noun } from '@/lib/text/plural';

import type { MemberListParams } from '../../types';
import { useMemberExport } from '../use-member-export';

/**
 * Exports every member the table's search and filters match, in the table's order, with progress; the file is named
 * after the filters and never leaves the browser.
 */
export function ExportMembersButton({ params }: { params: MemberListParams }) {
  const { state, start, cancel, reset } = useMemberExport(params);
  const percent = state.status === 'running' && state.total ? Math.round((state.fetched / state.total) * 100) : 0;
  return (
    <>
      <Button variant="outlined" onClick={() => void start()} disabled={state.status === 'running'}>
        Export CSV
      </Button>
      <Dialog open={state.status !== 'idle'} onClose={state.status === 'running' ? undefined : reset} fullWidth maxWidth="sm">
        <DialogTitle>Export members</DialogTitle>
        <DialogContent>
          {state.status === 'running' ? (
            <>
              <LinearProgress variant={state.total === null ? 'indeterminate' : 'determinate'} value={percent} aria-label="Export progress" />
              <Typography role="status" sx={{ mt: 1.5 }}>
                {state.total === null ? 'Counting the members to export…' : `Exported ${state.fetched.toLocaleString()} of ${countOf(state.total, 'member')}`}
              </Typography>
            </>
          ) : null}
          {state.status === 'done' ? (
            <Typography role="status">
              {countOf(state.count, 'member')} {noun(state.count, 'is', 'are')} ready in {state.fileName}.
            </Typography>
          ) : null}
          {state.status === 'failed' ? <Alert severity="error">The export stopped: {state.message}</Alert> : null}
        </DialogContent>
        <DialogActions>
          {state.status === 'running' ? <Button onClick={cancel}>Cancel</Button> : <Button onClick={reset}>Close</Button>}
          {state.status === 'done' ? (
            <Button
              variant="contained"
              onClick={() => {
                downloadTextFile(state.fileName, state.csv);
              }}
            >
              Download {state.fileName}
            </Button>
          ) : null}
        </DialogActions>
      </Dialog>
    </>
  );
}
