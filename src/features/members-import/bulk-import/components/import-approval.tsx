import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';

import { SelectField } from '@/components/select-field';
import { TextInput } from '@/components/text-input';
import { usePortalSession } from '@/hooks/use-session';
import { buildImportPlan } from '@/lib/approvals/import-plan';
import { resubmitPlan, submitPlan } from '@/lib/arcgis/approval-items';
import { approvalQueries, type LoadedPlan } from '@/lib/arcgis/approval-queries';

import { MemberFileInput } from './member-file-input';
import type { MemberImportSummary, MemberMapping } from '../../core/types';

/** `?plan=<id>&as=approve|resubmit`: the import rebuilds a stored plan's review, to approve it or to fix it. */
export function usePlanIntent() {
  const [params] = useSearchParams();
  const planId = params.get('plan');
  const as = params.get('as') === 'approve' ? ('approve' as const) : ('resubmit' as const);
  const session = usePortalSession();
  const plan = useQuery({ ...approvalQueries.plan(session, planId ?? ''), enabled: planId !== null });
  return planId ? { planId, as, plan } : null;
}

export type PlanIntent = NonNullable<ReturnType<typeof usePlanIntent>>;

const approvalsHref = (planId: string) => `/approvals/${encodeURIComponent(planId)}`;

/** The first step when the import comes from a plan: the plan's own file, and only that one, is chosen. */
export function PlanFileStep({ intent, isBusy, onFile }: { intent: PlanIntent; isBusy: boolean; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const loaded = intent.plan.data;
  if (intent.plan.isPending) return <Typography role="status">Reading the plan…</Typography>;
  if (!loaded?.plan) return <Alert severity="error">{loaded?.problem ?? intent.plan.error?.message ?? 'The plan could not be read.'}</Alert>;
  const { plan } = loaded;
  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <Alert severity="info">
        {intent.as === 'approve'
          ? `To approve this plan, choose the file ${plan.fileName} that ${loaded.item.owner} prepared it from. `
          : `To fix and resubmit this plan, choose ${plan.fileName} again. `}
        Only the very same file is accepted (its SHA-256 must match the plan's); its passwords are read from it now and never stored. The rows are then checked
        against the organization as it is now.
      </Alert>
      <div>
        <Button variant="contained" disabled={isBusy} onClick={() => input.current?.click()}>
          Choose {plan.fileName}
        </Button>
        <MemberFileInput ref={input} label={`The plan's file, ${plan.fileName}`} onFile={onFile} />
      </div>
      <Typography variant="body2">
        <RouterLink to={approvalsHref(intent.planId)}>Back to the plan</RouterLink>
      </Typography>
    </Stack>
  );
}

type PlanSource = {
  fileName: string;
  fileSha256: string;
  rowCount: number;
  mapping: MemberMapping;
  fixes: Record<number, Partial<Record<string, string>>>;
  exclusions: number[];
  summary: MemberImportSummary;
};

const summaryCounts = (summary: MemberImportSummary) => ({ rows: summary.total, toAdd: summary.toAdd, ...summary.counts });

/** "Submit for approval…": stores the plan (never a password) and shares it with an approvers' group. */
export function SubmitForApproval({
  source,
  resubmitting,
}: {
  source: () => PlanSource | null;
  resubmitting: (LoadedPlan & { groups: { id: string; title: string }[] }) | null;
}) {
  const session = usePortalSession();
  const [isOpen, setIsOpen] = useState(false);
  const groups = useQuery({ ...approvalQueries.myGroups(session), enabled: isOpen });
  const [groupId, setGroupId] = useState(resubmitting?.groups[0]?.id ?? '');
  const [comment, setComment] = useState('');
  const submit = useMutation({
    mutationFn: async () => {
      const current = source();
      if (!current) throw new Error('The review is not ready yet.');
      const plan = await buildImportPlan({
        ...current,
        summary: summaryCounts(current.summary),
        comment,
        preparedBy: session.username,
        preparedAt: new Date().toISOString(),
      });
      if (resubmitting) {
        await resubmitPlan(session, resubmitting.item.id, plan, groupId);
        return resubmitting.item.id;
      }
      return submitPlan(session, plan, groupId);
    },
    meta: { invalidates: ['approvals'] },
  });
  const groupTitle = groups.data?.find((group) => group.id === groupId)?.title ?? resubmitting?.groups.find((group) => group.id === groupId)?.title ?? '';
  const label = resubmitting ? 'Resubmit for approval…' : 'Submit for approval…';
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        color="inherit"
        onClick={() => {
          submit.reset();
          setIsOpen(true);
        }}
      >
        {label}
      </Button>
      <Dialog
        open={isOpen}
        onClose={() => {
          setIsOpen(false);
        }}
        fullWidth
        maxWidth="sm"
      >
        <DialogTitle>{resubmitting ? 'Resubmit this import for approval' : 'Submit this import for approval'}</DialogTitle>
        {submit.isSuccess ? (
          <>
            <DialogContent>
              <Alert severity="success">
                {resubmitting ? 'Resubmitted' : 'Submitted'} to {groupTitle || 'the group'}. Nothing has been added: an approver in that group reviews it,
                chooses the same file and runs the import.
              </Alert>
            </DialogContent>
            <DialogActions>
              <Button component={RouterLink} to={approvalsHref(submit.data)}>
                Open the plan
              </Button>
              <Button
                variant="contained"
                onClick={() => {
                  setIsOpen(false);
                }}
              >
                Close
              </Button>
            </DialogActions>
          </>
        ) : (
          <>
            <DialogContent>
              <Stack spacing={2}>
                <DialogContentText>
                  The plan is stored in the portal as a private item of yours, shared only with the group you choose: the file&apos;s name and SHA-256
                  fingerprint, the columns, your fixes and exclusions, the summary and your name. <strong>Passwords are not stored</strong>: the approver
                  chooses the same file and they are read from it then. You cannot approve your own plan.
                </DialogContentText>
                {groups.data === null ? <Alert severity="warning">The portal did not list your groups: a plan cannot be shared without one.</Alert> : null}
                {groups.error ? <Alert severity="error">{groups.error.message}</Alert> : null}
                <SelectField
                  label="Approvers' group"
                  value={groupId}
                  onValueChange={setGroupId}
                  helperText="A group you belong to; its members who can add members may approve."
                  required
                  options={(groups.data ?? resubmitting?.groups ?? []).map((group) => ({ value: group.id, label: group.title }))}
                />
                <TextInput label="Comment for the approvers (optional)" value={comment} onValueChange={setComment} multiline minRows={2} />
                {submit.error ? <Alert severity="error">{submit.error.message}</Alert> : null}
              </Stack>
            </DialogContent>
            <DialogActions>
              <Button
                onClick={() => {
                  setIsOpen(false);
                }}
              >
                Cancel
              </Button>
              <Button
                variant="contained"
                disabled={!groupId || submit.isPending}
                onClick={() => {
                  submit.mutate();
                }}
              >
                {resubmitting ? 'Resubmit for approval' : 'Submit for approval'}
              </Button>
            </DialogActions>
          </>
        )}
      </Dialog>
    </>
  );
}
