import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';
import { downloadTextFile } from '@/lib/download-text-file';
import { countOf } from '@/lib/text/plural';

import { userQueries } from '../../api/user-queries';
import type { Member, MemberLookups } from '../../types';
import { localDate } from '../export-file-name';
import type { MemberSelection } from '../resolve-selection';
import { useSelectionMembers } from '../use-selection-members';

const selectedFileName = () => `members-selected-${localDate(new Date())}.csv`;

async function download(members: readonly Member[], lookups: MemberLookups | undefined) {
  // The table's export writes the same columns and protects every cell the same way (members-to-csv.ts), loaded on
  // the first export: the CSV writer is not part of the members screen's first load.
  const { membersToCsv } = await import('../members-to-csv');
  downloadTextFile(selectedFileName(), membersToCsv(members, lookups));
}

/**
 * Exports just the selected members. Picked rows are at hand and download at once; "all that match" is listed from
 * the portal first (with progress), less the rows unticked since.
 */
export function ExportSelectedButton({ selection }: { selection: MemberSelection }) {
  const lookups = useQuery(userQueries.lookups(usePortalSession()));
  const [resolving, setResolving] = useState(false);
  return (
    <>
      <Button
        onClick={() => {
          if (selection.kind === 'picked') void download(selection.members, lookups.data);
          else setResolving(true);
        }}
      >
        Export selected
      </Button>
      {resolving && selection.kind === 'query' ? (
        <ExportMatchingDialog
          selection={selection}
          lookups={lookups.data}
          onClose={() => {
            setResolving(false);
          }}
        />
      ) : null}
    </>
  );
}

function ExportMatchingDialog({ selection, lookups, onClose }: { selection: MemberSelection; lookups: MemberLookups | undefined; onClose: () => void }) {
  const { members, progress, error, isResolving } = useSelectionMembers(selection);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>Export selected members</DialogTitle>
      <DialogContent>
        {isResolving ? (
          <>
            <LinearProgress
              variant={progress?.total ? 'determinate' : 'indeterminate'}
              value={progress?.total ? (progress.fetched / progress.total) * 100 : 0}
              aria-label="Export progress"
            />
            <Typography role="status" sx={{ mt: 1.5 }}>
              {progress
                ? `Listing the selected members: ${progress.fetched.toLocaleString()} of ${progress.total.toLocaleString()}`
                : 'Listing the selected members…'}
            </Typography>
          </>
        ) : null}
        {error ? <Alert severity="error">The selected members could not be listed: {error.message}</Alert> : null}
        {members && !isResolving ? <Typography role="status">{countOf(members.length, 'member')} ready to download.</Typography> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
        {members && !isResolving ? (
          <Button
            variant="contained"
            onClick={() => {
              void download(members, lookups);
              onClose();
            }}
          >
            Download CSV
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}
