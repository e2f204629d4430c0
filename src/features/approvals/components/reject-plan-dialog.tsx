import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

import { DialogButtons } from '@/components/dialog-buttons';
import { TextInput } from '@/components/text-input';
import { usePortalSession } from '@/hooks/use-session';
import { approvalRefusal } from '@/lib/approvals/plan-status';
import { recordDecision } from '@/lib/arcgis/approval-items';

type Props = { planId: string; owner: string; planSha256: string; groupIds: string[]; onClose: () => void };

/** "Reject…": a comment is required, so the preparer knows what to fix. */
export function RejectPlanDialog({ planId, owner, planSha256, groupIds, onClose }: Props) {
  const session = usePortalSession();
  const [comment, setComment] = useState('');
  const reject = useMutation({
    mutationFn: async () => {
      const refusal = approvalRefusal({ owner }, session.username);
      if (refusal) throw new Error(refusal);
      await recordDecision(
        session,
        { planId, planSha256, decision: 'rejected', comment: comment.trim(), decidedBy: session.username, decidedAt: new Date().toISOString() },
        groupIds,
      );
    },
    meta: { invalidates: ['approvals'] },
    onSuccess: onClose,
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>Reject this plan</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Nothing is added. Your comment is stored with your decision, shared with the plan&apos;s group, and shown to {owner}, who can fix the plan and
          resubmit it.
        </DialogContentText>
        <TextInput label="What needs to change" value={comment} onValueChange={setComment} required fullWidth multiline minRows={3} />
        {reject.error ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {reject.error.message}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogButtons
        onClose={onClose}
        confirm={{ label: 'Reject the plan', destructive: true, disabled: comment.trim() === '' || reject.isPending, onClick: () => reject.mutate() }}
      />
    </Dialog>
  );
}
