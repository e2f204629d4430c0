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
import { createRunConnection, type RunConnection } from '@/lib/arcgis/portal-retry';
import { createPauseGate, type PauseGate } from '@/lib/async/pause-gate';
import { invalidatePortalChanges } from '@/lib/invalidate-portal-changes';
import { countOf } from '@/lib/text/plural';

import { createEnterpriseUser, fetchMemberLogin } from '../../api/enterprise-api';
import { enterpriseQueries } from '../../api/enterprise-queries';
import { importQueries } from '../../api/import-queries';
import { addEnterpriseAccounts, type EnterpriseAddOutcome } from '../add-enterprise-accounts';
import { reviewEnterpriseAccounts, summarizeEnterpriseReview, type EnterpriseAccount } from '../enterprise-review';
import { EnterpriseFinder } from './enterprise-finder';
import { EnterpriseResultStep } from './enterprise-result-step';
import { EnterpriseReviewStep } from './enterprise-review-step';
import { RegistrationNotice } from './registration-notice';

const steps = ['Find accounts', 'Review', 'Result'] as const;
type StepIndex = 0 | 1 | 2;

/** `/members/add-enterprise`: members from the enterprise identity store (ArcGIS Enterprise only), review first. */
export function EnterpriseMembersWizard() {
  const session = usePortalSession();
  const queryClient = useQueryClient();
  const organization = useQuery(importQueries.organization(session));
  const [step, setStep] = useState<StepIndex>(0);
  const [picked, setPicked] = useState<readonly EnterpriseAccount[]>([]);
  const [source, setSource] = useState('search');
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [roleId, setRoleId] = useState('');
  const [userTypeId, setUserTypeId] = useState('');
  const [outcomes, setOutcomes] = useState<(EnterpriseAddOutcome | undefined)[]>([]);
  const [running, setRunning] = useState(false);
  const run = useRef<{ controller: AbortController; gate: PauseGate } | null>(null);
  const [connection, setConnection] = useState<RunConnection | null>(null);
  const [isPaused, setIsPaused] = useState(false);
  const memberLogins = useQuery({ ...enterpriseQueries.memberLogins(session), enabled: step === 1 });
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
    if (from !== 'search') setStep(1);
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
    setStep(2);
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
    setStep(0);
  };

  if (organization.isError && !organization.data) {
    return <ErrorAlert title="The organization's roles and user types could not be loaded" message={organization.error.message} onRetry={() => void organization.refetch()} />;
  }
  if (!organization.data) return <Skeleton variant="rounded" height={240} aria-label="Loading the organization" />;

  return (
    <Stack spacing={2}>
      <LeaveGuard when={(step === 1 && summary.ready > 0) || running} what={running ? 'adding these accounts' : 'this review'} />
      <RegistrationNotice />
      <Stepper activeStep={step} aria-label="Steps">
        {steps.map((label) => (
          <Step key={label}>
            <StepLabel>{label}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Typography variant="h2" sx={{ fontSize: '1.25rem' }} tabIndex={-1} ref={heading}>
        {steps[step]}
      </Typography>
      {step === 0 ? (
        <>
          <EnterpriseFinder picked={picked} onPick={review} />
          {source === 'search' && picked.length > 0 ? (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography sx={{ flexGrow: 1 }}>{countOf(picked.length, 'account')} chosen.</Typography>
              <Button variant="contained" onClick={() => setStep(1)}>
                Review {countOf(picked.length, 'account')}
              </Button>
            </Stack>
          ) : null}
        </>
      ) : null}
      {step === 1 && memberLogins.isError ? (
        <ErrorAlert title="Could not check who is already a member" message={memberLogins.error.message} onRetry={() => void memberLogins.refetch()} />
      ) : null}
      {step === 1 && memberLogins.isPending ? <Typography role="status">Checking who is already a member…</Typography> : null}
      {step === 1 && memberLogins.data ? (
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
          onBack={() => setStep(0)}
          onAdd={() => void add()}
        />
      ) : null}
      {step === 2 ? (
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
      {step === 2 && !running && outcomes.some((o) => o?.status === 'failed') ? (
        <Alert severity="info">Failed accounts were not added. Download the results to see why, fix them in the portal or the directory, and add them again.</Alert>
      ) : null}
    </Stack>
  );
}
