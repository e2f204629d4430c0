import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import { useState } from 'react';

import { countOf } from '@/lib/text/plural';

import { planUserBatches } from '../plan-user-batches';
import type { Group } from '../types';
import { useAddMembersRun } from '../use-add-members-run';
import { useMembersDraft } from '../use-members-draft';
import { AddMembersProgressView } from './add-members-progress';
import { MembersInput } from './members-input';
import { MembershipReportView } from './membership-report-view';

type Props = { group: Group; open: boolean; onClose: () => void };

export function AddMembersDialog({ group, open, onClose }: Props) {
  // The run lives here, not in the content, so Escape or a click outside cannot hide a run still going.
  const run = useAddMembersRun();
  const running = run.state.status === 'running';
  const close = () => {
    run.reset();
    onClose();
  };
  return (
    <Dialog open={open} onClose={running ? undefined : close} maxWidth="md" fullWidth aria-labelledby="add-members-title">
      {open ? <AddMembersContent group={group} run={run} onClose={close} /> : null}
    </Dialog>
  );
}

function AddMembersContent({ group, run, onClose }: { group: Group; run: ReturnType<typeof useAddMembersRun>; onClose: () => void }) {
  const draft = useMembersDraft();
  const [asManagers, setAsManagers] = useState(false);
  const resolution = draft.resolution;
  const calls = resolution ? planUserBatches(resolution.usernames).length : 0;
  const running = run.state.status === 'running';

  return (
    <>
      <DialogTitle id="add-members-title">Add members to “{group.title}”</DialogTitle>
      <DialogContent>
        {run.state.status === 'idle' ? (
          <Stack spacing={2} sx={{ pt: 1 }}>
            <MembersInput draft={draft} />
            {resolution && resolution.usernames.length > 0 ? (
              <>
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={asManagers}
                      onChange={(event) => {
                        setAsManagers(event.target.checked);
                      }}
                    />
                  }
                  label="Add them as group managers"
                />
                <Alert severity="info">
                  {countOf(resolution.usernames.length, 'member')} will be added {asManagers ? 'as managers ' : ''}in {countOf(calls, 'call')} of at most 25
                  (the portal’s limit). Members already in the group are skipped.
                </Alert>
              </>
            ) : null}
          </Stack>
        ) : null}
        {run.state.status === 'running' ? (
          <AddMembersProgressView progress={run.state.progress} cancelling={run.state.cancelling} onCancel={run.cancel} connection={run.connection} />
        ) : null}
        {run.state.status === 'done' ? (
          <Stack spacing={2}>
            {run.state.cancelled ? <Alert severity="warning">Cancelled: calls not yet sent were not sent.</Alert> : null}
            <MembershipReportView reports={run.state.reports} fileName={`add-members-${group.id}.csv`} />
          </Stack>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={running}>
          {run.state.status === 'done' ? 'Close' : 'Cancel'}
        </Button>
        {run.state.status === 'idle' ? (
          <Button
            variant="contained"
            disabled={!resolution || resolution.usernames.length === 0}
            onClick={() => {
              if (!resolution) return;
              void run.start({ groups: [{ id: group.id, title: group.title }], usernames: resolution.usernames, unknown: resolution.unknown, asManagers });
            }}
          >
            {resolution ? `Add ${countOf(resolution.usernames.length, 'member')}` : 'Add members'}
          </Button>
        ) : null}
      </DialogActions>
    </>
  );
}
