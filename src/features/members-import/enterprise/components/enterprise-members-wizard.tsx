import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import { LeaveGuard } from '@/components/leave-guard';
import { usePortalSession } from '@/hooks/use-session';
import { useStepParam } from '@/hooks/use-step-param';
import { createRunConnection, type RunConnection } from '@/lib/arcgis/portal-retry';
import { createPauseGate, type PauseGate } from '@/lib/async/pause-gate';
import { invalidatePortalChanges } from '@/lib/invalidate-portal-changes';
import { countOf } from '@/lib/text/plural';

import { createEnterpriseUser, fetchMemberLogin } from '../../api/enterprise-api';
import { enterpriseQueries } from '../../api/enterprise-queries';
import { importQueries } from '../../api/import-queries';
import { addEnterpriseAccounts, type EnterpriseAddOutcome } from '../add-enterprise-accounts';
import { reviewEnterpriseAccounts, summarizeEnterpriseReview, type EnterpriseAccount } from '../enterprise-review';
import { enterpriseReviewDraft } from '../enterprise-review-draft';
import { enterpriseSteps, reachableEnterpriseStep } from '../enterprise-steps';
import { EnterpriseFinder } from './enterprise-finder';
import { EnterpriseResultStep } from './enterprise-result-step';
import { EnterpriseReviewStep } from './enterprise-review-step';
import { RegistrationNotice } from './registration-notice';

const stepLabels = { find: 'Find accounts', review: 'Review', result: 'Result' } as const;

/** `/members/add-enterprise`: members from the enterprise identity store (ArcGIS Enterprise only), review first. */
export function EnterpriseMembersWizard() {
  const session = usePortalSession();
  const queryClient = useQueryClient();
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
  const [outcomes, setOutcomes] = useState<(EnterpriseAddOutcome | undefined)[]>([]);
  const [running, setRunning] = useState(false);
  const run = useRef<{ controller: AbortController; gate: PauseGate } | null>(null);
  const [connection, setConnection] = useState<RunConnection | null>(null);
  const [isPaused, setIsPaused] = useState(false);
  const step = reachableEnterpriseStep(asked, { isRunning: running, hasOutcomes: outcomes.length > 0, hasInterrupted: false, hasPicked: picked.length > 0 });
  useEffect(() => {
    if (step !== asked) setStep(step, { replace: true });
  }, [asked, setStep, step]);
  useEffect(() => {
    if (running || outcomes.length > 0) return;
    if (picked.length === 0) draft.remove();
    else draft.write({ picked: [...picked], source, removed: [...removed], roleId, userTypeId });
  }, [draft, outcomes.length, picked, removed, roleId, running, source, userTypeId]);
  const memberLogins = useQuery({ ...enterpriseQueries.memberLogins(session), enabled: step === 'review' });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, [step]);
  useEffect(() => () => run.current?.controller.abort(), []);
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

  const add = async () => {
    const controller = new AbortController();
    const gate = createPauseGate();
    run.current = { controller, gate };
    // Every request of the run waits out a busy or absent portal, or a refused sign-in, instead of failing rows.
    const link = createRunConnection();
    setConnection(link);
    setIsPaused(false);
    const answered: (EnterpriseAddOutcome | undefined)[] = rows.map(() => undefined);
    const pending: { flush: ReturnType<typeof setTimeout> | null } = { flush: null };
    setOutcomes([...answered]);
    setRunning(true);
    draft.remove();
    setStep('result');
    try {
      await addEnterpriseAccounts({
        rows,
        role: chosenRoleId,
        userLicenseTypeId: chosenUserTypeId,
        create: (account) => createEnterpriseUser(session, account, controller.signal),
        lookup: (username) => fetchMemberLogin(session, username, controller.signal),
        retry: link.policy,
        waitUntilResumed: gate.wait,
        signal: controller.signal,
        onOutcome: (outcome, index) => {
          answered[index] = outcome;
          // A thousand answers re-rendered one by one would keep the main thread busier than the portal: a few a second.
          pending.flush ??= setTimeout(() => {
            pending.flush = null;
            setOutcomes([...answered]);
          }, 250);
        },
      });
    } finally {
      if (pending.flush) clearTimeout(pending.flush);
      link.close();
      setConnection(null);
      run.current = null;
      setOutcomes([...answered]);
      setRunning(false);
      void invalidatePortalChanges(queryClient);
    }
  };

  const pause = () => {
    run.current?.gate.pause();
    setIsPaused(true);
  };
  const resume = () => {
    run.current?.gate.resume();
    setIsPaused(false);
  };
  const stop = () => {
    run.current?.controller.abort();
    run.current?.gate.resume();
  };

  const startOver = () => {
    setPicked([]);
    setRemoved(new Set());
    setOutcomes([]);
    setStep('find');
  };

  if (organization.isError && !organization.data) {
    return <ErrorAlert title="The organization's roles and user types could not be loaded" message={organization.error.message} onRetry={() => void organization.refetch()} />;
  }
  if (!organization.data) return <Skeleton variant="rounded" height={240} aria-label="Loading the organization" />;

  return (
    <Stack spacing={2}>
      <LeaveGuard when={(step === 'review' && summary.ready > 0) || running} what={running ? 'adding these accounts' : 'this review'} />
      <RegistrationNotice />
      <Stepper activeStep={enterpriseSteps.indexOf(step)} aria-label="Steps">
        {enterpriseSteps.map((key) => stepLabels[key]).map((label) => (
          <Step key={label}>
            <StepLabel>{label}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Typography variant="h2" sx={{ fontSize: '1.25rem' }} tabIndex={-1} ref={heading}>
        {stepLabels[step]}
      </Typography>
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
          onAdd={() => void add()}
        />
      ) : null}
      {step === 'result' ? (
        <EnterpriseResultStep
          outcomes={outcomes}
          running={running}
          source={source}
          connection={connection}
          isPaused={isPaused}
          onPause={pause}
          onResume={resume}
          onStop={stop}
          onStartOver={startOver}
        />
      ) : null}
      {step === 'result' && !running && outcomes.some((o) => o?.status === 'failed') ? (
        <Alert severity="info">Failed accounts were not added. Download the results to see why, fix them in the portal or the directory, and add them again.</Alert>
      ) : null}
    </Stack>
  );
}
