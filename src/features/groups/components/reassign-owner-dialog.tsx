import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { MemberPicker } from '@/components/member-picker';
import { usePortalSession } from '@/hooks/use-session';
import type { MemberOption } from '@/lib/arcgis/member-options';

import { useReassignGroup } from '../api/group-mutations';
import { groupQueries } from '../api/group-queries';
import { ownerRefusal } from '../group-owner-check';
import type { Group } from '../types';

type Props = { group: Group; open: boolean; onClose: () => void };

export function ReassignOwnerDialog({ group, open, onClose }: Props) {
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="reassign-owner-title" maxWidth="sm" fullWidth>
      {open ? <ReassignOwnerContent group={group} onClose={onClose} /> : null}
    </Dialog>
  );
}

function ReassignOwnerContent({ group, onClose }: { group: Group; onClose: () => void }) {
  const [target, setTarget] = useState<MemberOption | null>(null);
  const [confirming, setConfirming] = useState(false);
  const reassign = useReassignGroup(group.id);
  // The group refreshes once reassigned; the message names who owned it when the dialog opened.
  const [previousOwner] = useState(group.owner);
  const same = target?.username.toLowerCase() === previousOwner.toLowerCase();
  const session = usePortalSession();
  // Checked as soon as a member is picked: who cannot own a group is told why, and nothing is sent.
  const candidate = useQuery({ ...groupQueries.ownerCandidate(session, target?.username ?? ''), enabled: Boolean(target) && !same });
  const refusal = candidate.data ? ownerRefusal(candidate.data) : null;
  const isChecked = Boolean(target) && !same && !candidate.isPending && !candidate.isFetching && refusal === null;
  return (
    <>
      <DialogTitle id="reassign-owner-title">Change the owner of “{group.title}”</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {reassign.isError ? <Alert severity="error">{reassign.error.message}</Alert> : null}
          {reassign.isSuccess ? (
            <Alert severity="success" role="status">
              {target?.username} now owns “{group.title}”; {previousOwner} stays in the group as a manager.
            </Alert>
          ) : confirming && target ? (
            <Typography>
              Make <strong>{target.fullName || target.username}</strong> ({target.username}) the owner of “{group.title}”? The current owner, {previousOwner},
              stays in the group as a manager.
            </Typography>
          ) : (
            <>
              <MemberPicker label="New owner" value={target} onChange={setTarget} />
              <Typography variant="body2" color="text.secondary">
                The new owner must be a member of the organization whose role allows creating groups.
              </Typography>
              {same ? <Alert severity="info">{group.owner} already owns this group.</Alert> : null}
              {target && !same && candidate.isFetching ? <Typography role="status">Checking whether {target.username} can own groups…</Typography> : null}
              {candidate.isError ? (
                <Alert severity="error">
                  {target?.username} could not be checked: {candidate.error.message}
                </Alert>
              ) : null}
              {refusal && !candidate.isFetching ? <Alert severity="error">{refusal}</Alert> : null}
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={reassign.isPending}>
          {reassign.isSuccess ? 'Close' : 'Cancel'}
        </Button>
        {reassign.isSuccess ? null : confirming && target ? (
          <Button
            variant="contained"
            loading={reassign.isPending}
            onClick={() => {
              reassign.mutate(target.username);
            }}
          >
            Change owner
          </Button>
        ) : (
          <Button
            variant="contained"
            disabled={!isChecked}
            onClick={() => {
              setConfirming(true);
            }}
          >
            Review
          </Button>
        )}
      </DialogActions>
    </>
  );
}
