import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';

import { LeaveGuard } from '@/components/leave-guard';
import { WizardFrame } from '@/components/wizard-frame';
import { usePortalSession } from '@/hooks/use-session';
import { useStepParam } from '@/hooks/use-step-param';

import { PlanFileStep, SubmitForApproval, usePlanIntent } from './import-approval';
import { useApproveAndAdd } from './use-approve-and-add';
import { type ImportStep, importSteps, useMemberImport } from '../use-member-import';
import { ImportColumnsStep } from './import-columns-step';
import { ImportProgressStep } from './import-progress-step';
import { ImportReportStep } from './import-report-step';
import { ImportResumeNotice } from './import-resume-notice';
import { ImportReviewStep } from './import-review-step';
import { ImportUploadStep } from './import-upload-step';
import { pendingInvitationNotices } from '../../api/import-api';
import { importQueries } from '../../api/import-queries';
import { OrganizationNotices } from '../../components/organization-notices';
import type { ApprovalNames } from '../../core/review-to-csv';
import { describeJournal } from '../import-journal';
import { MemberFileInput } from './member-file-input';

const steps: { key: ImportStep; label: string; heading: string }[] = [
  { key: 'upload', label: 'Upload', heading: 'Choose a file' },
  { key: 'columns', label: 'Columns', heading: 'Match the columns' },
  { key: 'review', label: 'Review', heading: 'Review every row' },
  { key: 'adding', label: 'Add', heading: 'Adding members' },
  { key: 'report', label: 'Report', heading: 'Report' },
];

export function MembersImportWizard({ membersHref }: { membersHref: string }) {
  const importer = useMemberImport(useStepParam(importSteps));
  const { step, analysis, working, refreshSeats } = importer;
  // A failed seat read changes nothing: the last seats stay, and the portal still refuses a member it has no seat for.
  const refreshSeatsQuietly = useCallback(() => {
    void refreshSeats().catch(() => undefined);
  }, [refreshSeats]);
  const { setExcluded } = importer;
  // The same function on every render, so the review's columns are not rebuilt for each dispatch.
  const exclude = useCallback(
    (line: number, isExcluded: boolean) => {
      void setExcluded(line, isExcluded);
    },
    [setExcluded],
  );
  const fileInput = useRef<HTMLInputElement>(null);
  const hasWork = step === 'columns' || step === 'review' || step === 'adding';
  // What the portal did not report, and the fallback used instead, shown from the first step on.
  const session = usePortalSession();
  const organization = useQuery(importQueries.organization(session));
  // Only watched here: the import reads them once, from the moment the file is chosen (use-member-import).
  const pendingInvitations = useQuery({ ...importQueries.pendingInvitations(session), enabled: false });
  const intent = usePlanIntent();
  const approving = intent?.as === 'approve' ? intent : null;
  const [approval, setApproval] = useState<ApprovalNames | null>(null);
  const approveAndAdd = useApproveAndAdd(approving, importer.planSource);
  const confirm = () => {
    if (!approving) {
      void importer.startAdding();
      return;
    }
    void approveAndAdd.approve().then((names) => {
      if (names === null) return;
      setApproval(names);
      void importer.startAdding(names);
    });
  };
  // Another file is a new import of its own: the plan it came from (in the address) stays with the finished run.
  const restart = () => {
    setApproval(null);
    importer.restart(['plan', 'as']);
  };
  return (
    <Stack spacing={3}>
      <LeaveGuard
        when={hasWork}
        what={
          step === 'adding'
            ? `the running import of ${importer.fileName}: it stops (choose the file again later to resume it)`
            : `the passwords read from ${importer.fileName} (the review itself is kept until you sign out)`
        }
      />
      <WizardFrame
        label="Import steps"
        steps={steps.map((item) => item.label)}
        activeStep={steps.findIndex((item) => item.key === step)}
        heading={steps.find((item) => item.key === step)?.heading}
      />
      {organization.data ? <OrganizationNotices notices={[...organization.data.notices, ...pendingInvitationNotices(pendingInvitations.data)]} /> : null}
      {importer.error && step !== 'report' ? <Alert severity="error">{importer.error}</Alert> : null}
      {approveAndAdd.error && step === 'review' ? <Alert severity="error">{approveAndAdd.error}</Alert> : null}
      {working?.kind === 'checking' ? (
        <Stack spacing={1} sx={{ maxWidth: 560 }}>
          <Typography role="status">
            Checking usernames against the portal: {working.checked.toLocaleString()} of {working.total.toLocaleString()}
          </Typography>
          <LinearProgress variant="determinate" value={working.total ? (working.checked / working.total) * 100 : 0} aria-label="Username check progress" />
        </Stack>
      ) : null}
      {step === null ? <Typography role="status">Restoring the review you were working on…</Typography> : null}
      {step === 'upload' && importer.savedDraft ? (
        <Alert
          severity="info"
          action={
            <Stack direction="row" spacing={1}>
              <Button color="inherit" onClick={() => importer.savedDraft && void importer.restoreDraft(importer.savedDraft, 'review')}>
                Continue the review
              </Button>
              <Button color="inherit" onClick={() => importer.restart()}>
                Discard it
              </Button>
            </Stack>
          }
        >
          You have an unfinished review of {importer.savedDraft.fileName}, saved {new Date(importer.savedDraft.savedAt).toLocaleString()}.
        </Alert>
      ) : null}
      {importer.needsFile && (step === 'columns' || step === 'review') ? (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" disabled={working?.kind === 'reading'} onClick={() => fileInput.current?.click()}>
              Choose the file again
            </Button>
          }
        >
          This review of {importer.fileName} was restored after the page was reloaded, with your fixes and exclusions. Passwords are never kept, so choose{' '}
          {importer.fileName} again before adding its members.
          <MemberFileInput ref={fileInput} label="The same member file again" onFile={(file) => void importer.chooseFileAgain(file)} />
        </Alert>
      ) : null}
      {step === 'upload' ? <ImportResumeNotice /> : null}
      {importer.resuming && (step === 'columns' || step === 'review') ? (
        <Alert severity="info">
          Resuming the import of {importer.fileName}: {describeJournal(importer.resuming)} Rows already done are not sent again.
        </Alert>
      ) : null}
      {step === 'upload' && intent ? (
        approveAndAdd.refusal ? (
          <Alert severity="warning">{approveAndAdd.refusal}</Alert>
        ) : (
          <PlanFileStep
            intent={intent}
            isBusy={working?.kind === 'reading'}
            onFile={(file) => {
              const plan = intent.plan.data?.plan;
              if (plan) void importer.chooseFileForPlan(file, plan);
            }}
          />
        )
      ) : null}
      {step === 'upload' && !intent ? <ImportUploadStep isBusy={working?.kind === 'reading'} onFile={(file) => void importer.chooseFile(file)} /> : null}
      {step === 'columns' && analysis ? (
        <ImportColumnsStep
          key={analysis.headers.join('|')}
          analysis={analysis}
          fileName={importer.fileName}
          isBusy={working !== null}
          onConfirm={(mapping) => void importer.confirmColumns(mapping)}
          onBack={() => importer.restart()}
        />
      ) : null}
      {step === 'review' && analysis ? (
        <ImportReviewStep
          analysis={analysis}
          fileName={importer.fileName}
          organization={importer.organization}
          onEditRows={(changes) => void importer.editRows(changes)}
          onRefreshSeats={refreshSeatsQuietly}
          onExclude={exclude}
          onEdit={(line, values) => void importer.editRow(line, values)}
          loadRow={importer.rowToEdit}
          reviewCsv={importer.reviewCsv}
          onConfirm={confirm}
          isResuming={importer.resuming !== null}
          isApproving={approving !== null}
          extraAction={
            approving ? null : (
              <SubmitForApproval source={importer.planSource} resubmitting={intent?.as === 'resubmit' && intent.plan.data ? intent.plan.data : null} />
            )
          }
          onBack={() => {
            importer.setStep('columns');
          }}
        />
      ) : null}
      {step === 'adding' ? (
        <ImportProgressStep
          progress={importer.progress}
          isPaused={importer.isPaused}
          connection={importer.connection}
          onPause={importer.pause}
          onResume={importer.resume}
          onCancel={importer.cancel}
        />
      ) : null}
      {step === 'report' && analysis ? (
        <ImportReportStep
          analysis={analysis}
          outcomes={importer.outcomes}
          reportCsv={importer.reportCsv}
          fileName={importer.fileName}
          error={importer.error}
          membersHref={membersHref}
          onRestart={restart}
          approval={approval}
          runHistory={importer.runHistory}
          onSaveRunAgain={importer.saveRunAgain}
        />
      ) : null}
    </Stack>
  );
}
