import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { useListParams } from '@/hooks/use-list-params';
import { usePortalSession } from '@/hooks/use-session';
import { countOf } from '@/lib/text/plural';

import { invitationQueries } from '../api/invitation-queries';
import { EXPIRED_EXPLANATION, expiryOf } from '../invitation-expiry';
import { invitationListParams } from '../invitation-list-params';
import type { Invitation, InvitationSelection } from '../types';
import { CancelInvitationsDialog } from './cancel-invitations-dialog';
import { InvitationsNotes } from './invitations-notes';
import { InvitationsTable } from './invitations-table';

/** The pending invitations; with `canCancel`, a selection (this page, picks across pages, or all) and "Cancel invitations…". */
export function InvitationsScreen({ canCancel }: { canCancel: boolean }) {
  const session = usePortalSession();
  const [paging, setPaging] = useListParams(invitationListParams);
  const { page, pageSize } = paging;
  const [selected, setSelected] = useState<Map<string, Invitation>>(new Map());
  const [all, setAll] = useState(false);
  const [dialog, setDialog] = useState<InvitationSelection | null>(null);
  // Read once a render: what counts as expired is the same for every row.
  const [now] = useState(() => Date.now());
  const list = useQuery(invitationQueries.page(session, page, pageSize));
  const total = list.data?.total ?? 0;
  const expiredListed = (list.data?.invitations ?? []).filter((invitation) => expiryOf(invitation, now).kind === 'expired').length;

  const clear = () => {
    setSelected(new Map());
    setAll(false);
  };
  const count = all ? total : selected.size;

  return (
    <Stack spacing={1.5}>
      <InvitationsNotes />
      {expiredListed > 0 ? (
        <Alert severity="warning">
          The portal still lists {countOf(expiredListed, 'invitation')} that {expiredListed === 1 ? 'has' : 'have'} expired. {EXPIRED_EXPLANATION}
        </Alert>
      ) : null}
      {canCancel && count > 0 ? (
        <Paper variant="outlined" sx={{ px: 2, py: 1 }}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography role="status">
              {all ? `All ${countOf(total, 'pending invitation')} selected` : `${countOf(selected.size, 'invitation')} selected`}
            </Typography>
            {!all && total > selected.size ? (
              <Button
                size="small"
                onClick={() => {
                  setAll(true);
                }}
              >
                Select all {countOf(total, 'pending invitation')}
              </Button>
            ) : null}
            <Button size="small" onClick={clear}>
              Clear selection
            </Button>
            <Button
              variant="contained"
              color="error"
              size="small"
              onClick={() => {
                setDialog(all ? { kind: 'all', total } : { kind: 'picked', invitations: [...selected.values()] });
              }}
            >
              Cancel invitations…
            </Button>
          </Stack>
        </Paper>
      ) : null}
      <InvitationsTable
        paging={paging}
        onPagingChange={setPaging}
        selected={canCancel ? (all ? new Map((list.data?.invitations ?? []).map((row) => [row.id, row])) : selected) : null}
        onSelectedChange={(next) => {
          setAll(false);
          setSelected(next);
        }}
        now={now}
      />
      {dialog ? (
        <CancelInvitationsDialog
          selection={dialog}
          onClose={(afterRun) => {
            setDialog(null);
            if (afterRun) clear();
          }}
        />
      ) : null}
    </Stack>
  );
}
