import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import { LeaveGuard } from '@/components/leave-guard';
import { WizardFrame } from '@/components/wizard-frame';
import { usePortalSession } from '@/hooks/use-session';
import { useStepParam } from '@/hooks/use-step-param';
import { countOf } from '@/lib/text/plural';

import { enterpriseQueries } from '../../api/enterprise-queries';
import { importQueries } from '../../api/import-queries';
import { reviewEnterpriseAccounts, summarizeEnterpriseReview, type EnterpriseAccount } from '../enterprise-review';
import { enterpriseReviewDraft } from '../enterprise-review-draft';
import { enterpriseSteps, reachableEnterpriseStep } from '../enterprise-steps';
import { useEnterpriseRun } from '../use-enterprise-run';
import { EnterpriseFinder } from './enterprise-finder';
import { EnterpriseResultStep } from './enterprise-result-step';
import { EnterpriseResumeNotice } from './enterprise-resume-notice';
import { EnterpriseReviewStep } from './enterprise-review-step';
import { RegistrationNotice } from './registration-notice';

const stepLabels = { find: 'Find accounts', review: 'Review', result: 'Result' } as const;

/** `/members/add-enterprise`: members from the enterprise identity store (ArcGIS Enterprise only), review first. */
export function EnterpriseMembersWizard() {
  const session = usePortalSession();
  const organization = useQuery(importQueries.organization(session));
  const [asked, setStep] = useStepParam(enterpriseSteps);
  // The chosen accounts and choices survive a reload of the review (this tab only); the run's journal takes over once it starts.
  const draft = useMemo(() => enterpriseReviewDraft({ portal: session.portal, username: session.username }), [session]);
  const [initial] = useState(() => draft.read());
  const [picked, setPicked] = useState<readonly EnterpriseAccount[]>(initial?.picked ?? []);
  const [source, setSource] = useState(initial?.source ?? 'search');
  const [removed, setRemoved] = useState<ReadonlySet<string>>(() => new Set(initial?.removed ?? []));
  const [roleId, setRoleId] = useState(initial?.roleId ?? '');
  const [userTypeId, setUserTypeId] = useState(initial?.userTypeId ?? '');
  const runner = useEnterpriseRun(session);
  const { outcomes, isRunning: running } = runner;
  const step = reachableEnterpriseStep(asked, {
    isRunning: running,
    hasOutcomes: outcomes.length > 0,
    hasInterrupted: runner.interrupted !== null,
    hasPicked: picked.length > 0,
  });
  // Once the journal is read: a step the wizard cannot show (a reload lost it) is corrected in the address.
  useEffect(() => {
    if (!runner.isRestoring && step !== asked) setStep(step, { replace: true });
  }, [asked, runner.isRestoring, setStep, step]);
  useEffect(() => {
    if (running || outcomes.length > 0) return;
    if (picked.length === 0) draft.remove();
    else draft.write({ picked: [...picked], source, removed: [...removed], roleId, userTypeId });
  }, [draft, outcomes.length, picked, removed, roleId, running, source, userTypeId]);
  const memberLogins = useQuery({ ...enterpriseQueries.memberLogins(session), enabled: step === 'review' });
  // The organization's new member defaults until the reviewer picks something else.
  const defaults = organization.data?.defaults;
  const roles = organization.data?.roles ?? [];
  const chosenRoleId = roleId || (roles.some((r) => r.id === defaults?.roleId) ? (defaults?.roleId ?? '') : (roles[0]?.id ?? ''));
  const chosenUserTypeId = userTypeId || defaults?.userTypeId || (organization.data?.userTypes?.[0]?.id ?? '');

  const rows = useMemo(() => (memberLogins.data ? reviewEnterpriseAccounts(picked, memberLogins.data, removed) : []), [picked, memberLogins.data, removed]);
  const summary = summarizeEnterpriseReview(rows);
  const toggleRemoved = useCallback((username: string) => {
    setRemoved((current) => {
      const next = new Set(current);
      const login = username.toLowerCase();
      if (next.has(login)) next.delete(login);
      else next.add(login);
      return next;
    });
  }, []);

  const review = (accounts: readonly EnterpriseAccount[], from: string) => {
    setPicked(accounts);
    setSource(from);
    setRemoved(new Set());
    if (from !== 'search') setStep('review');
  };

  const add = () => {
    draft.remove();
    runner.start({ rows, source, roleId: chosenRoleId, userTypeId: chosenUserTypeId });
    setStep('result');
  };
  const continueRun = () => {
    runner.continueInterrupted();
    setStep('result');
  };

  const startOver = () => {
    setPicked([]);
    setRemoved(new Set());
    runner.clear();
    setStep('find');
  };

  if (organization.isError && !organization.data) {
    return (
      <ErrorAlert
        title="The organization's roles and user types could not be loaded"
        message={organization.error.message}
        onRetry={() => void organization.refetch()}
      />
    );
  }
  if (!organization.data || runner.isRestoring) return <Skeleton variant="rounded" height={240} aria-label="Loading the organization" />;

  return (
    <Stack spacing={2}>
      <LeaveGuard when={(step === 'review' && summary.ready > 0) || running} what={running ? 'adding these accounts' : 'this review'} />
      <RegistrationNotice />
      <WizardFrame label="Steps" steps={enterpriseSteps.map((key) => stepLabels[key])} activeStep={enterpriseSteps.indexOf(step)} heading={stepLabels[step]} />
      {runner.interrupted && !running ? (
        <EnterpriseResumeNotice journal={runner.interrupted} onContinue={continueRun} onDiscard={runner.discardInterrupted} />
      ) : null}
      {step === 'find' ? (
        <>
          <EnterpriseFinder picked={picked} onPick={review} />
          {source === 'search' && picked.length > 0 ? (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography sx={{ flexGrow: 1 }}>{countOf(picked.length, 'account')} chosen.</Typography>
              <Button variant="contained" onClick={() => setStep('review')}>
                Review {countOf(picked.length, 'account')}
              </Button>
            </Stack>
          ) : null}
        </>
      ) : null}
      {step === 'review' && memberLogins.isError ? (
        <ErrorAlert title="Could not check who is already a member" message={memberLogins.error.message} onRetry={() => void memberLogins.refetch()} />
      ) : null}
      {step === 'review' && memberLogins.isPending ? <Typography role="status">Checking who is already a member…</Typography> : null}
      {step === 'review' && memberLogins.data ? (
        <EnterpriseReviewStep
          rows={rows}
          summary={summary}
          roles={organization.data.roles}
          userTypes={organization.data.userTypes}
          roleId={chosenRoleId}
          userTypeId={chosenUserTypeId}
          onRoleChange={setRoleId}
          onUserTypeChange={setUserTypeId}
          onToggleRemoved={toggleRemoved}
          onBack={() => setStep('find')}
          onAdd={add}
        />
      ) : null}
      {step === 'result' && (running || outcomes.length > 0) ? (
        <EnterpriseResultStep
          outcomes={outcomes}
          running={running}
          source={runner.source}
          connection={runner.connection}
          isPaused={runner.isPaused}
          onPause={runner.pause}
          onResume={runner.resume}
          onStop={runner.stop}
          onStartOver={startOver}
        />
      ) : null}
      {step === 'result' && !running && outcomes.some((o) => o?.status === 'failed') ? (
        <Alert severity="info">
          Failed accounts were not added. Download the results to see why, fix them in the portal or the directory, and add them again.
        </Alert>
      ) : null}
    </Stack>
  );
}
