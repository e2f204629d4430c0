import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { LeaveGuard } from '@/components/leave-guard';
import { WizardFrame } from '@/components/wizard-frame';
import { paths } from '@/config/paths';
import { usePortalSession } from '@/hooks/use-session';
import { useStepParam } from '@/hooks/use-step-param';
import { sessionDraft } from '@/lib/session-drafts';

import { importQueries } from '../../api/import-queries';
import { type AddMemberContext, type AddMemberForm, effectiveUsername, initialAddMemberForm } from '../add-member-form';
import { addMemberInvitation, reviewLines } from '../add-member-invitation';
import { type AddMemberErrors, type AddMemberField, fieldsWithErrors, validateAddMemberForm } from '../add-member-validation';
import { useAddMember } from '../use-add-member';
import { AddMemberDetails } from './add-member-details';
import { AddMemberResult } from './add-member-result';
import { AddMemberReview } from './add-member-review';
import { useUsernameCheck } from './add-member-username-field';
import { OrganizationNotices } from '../../components/organization-notices';

const steps = ['Details', 'Review', 'Result'] as const;
const stepKeys = ['details', 'review', 'result'] as const;

/** The form as this tab keeps it across a reload: everything but the password. */
type AddMemberDraft = Omit<AddMemberForm, 'password'>;

/** `/members/add`: one member, Details → Review → Result, with the organization's roles, types and seats. */
export function AddMemberWizard() {
  const session = usePortalSession();
  const organization = useQuery(importQueries.organization(session));
  // A failed background refetch keeps the form: only a first load without data shows the error.
  if (organization.data) {
    return (
      <Stack spacing={2} sx={{ maxWidth: 960 }}>
        <OrganizationNotices notices={organization.data.notices} />
        <AddMemberSteps context={organization.data} />
      </Stack>
    );
  }
  if (organization.isError) {
    return (
      <ErrorAlert
        title="The organization's roles, user types and groups could not be loaded"
        message={organization.error.message}
        onRetry={() => void organization.refetch()}
      />
    );
  }
  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 960 }}>
      <Typography role="status" variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Loading the organization’s roles, user types and groups…
      </Typography>
      <Skeleton height={56} />
      <Skeleton height={56} />
      <Skeleton height={56} width="60%" />
    </Paper>
  );
}

function AddMemberSteps({ context }: { context: AddMemberContext }) {
  const session = usePortalSession();
  const draft = useMemo(() => sessionDraft<AddMemberDraft>(session, 'member-add'), [session]);
  const [stepKey, setStepKey] = useStepParam(stepKeys);
  const [saved] = useState(() => draft.read());
  const [form, setForm] = useState<AddMemberForm>(() => (saved ? { ...initialAddMemberForm(context), ...saved, password: '' } : initialAddMemberForm(context)));
  const [touched, setTouched] = useState<ReadonlySet<AddMemberField>>(new Set());
  // Restored after a reload: what still needs attention (the password at least) shows at once.
  const [attempted, setAttempted] = useState(saved !== null);
  const usernameCheck = useUsernameCheck(effectiveUsername(form, context.portalKind), form.accountKind, context.portalKind);
  const errors = validateAddMemberForm(form, context, usernameCheck.state === 'answered' ? usernameCheck : undefined);
  const addMember = useAddMember(context);
  const isDirty = JSON.stringify(form) !== JSON.stringify(initialAddMemberForm(context));

  // Every change is kept for a reload (never the password); leaving the page in the app drops it.
  useEffect(() => {
    const { password: _password, ...rest } = form;
    if (isDirty) draft.write(rest);
    else draft.remove();
  }, [draft, form, isDirty]);
  useEffect(
    () => () => {
      draft.remove();
    },
    [draft],
  );

  // A step the wizard cannot show after a reload (no result; a review of details not checked in this page, such as a
  // password that was not kept) goes back to the details.
  const [isChecked, setIsChecked] = useState(false);
  const wanted = stepKeys.indexOf(stepKey);
  const step = (wanted === 2 && !addMember.data) || (wanted === 1 && !isChecked) ? 0 : wanted;
  const passwordLost = saved !== null && form.accountKind === 'builtin' && form.password === '';
  useEffect(() => {
    if (step !== wanted) setStepKey(stepKeys[step] ?? 'details', { replace: true });
  }, [setStepKey, step, wanted]);

  const goTo = (next: number) => {
    setStepKey(stepKeys[next] ?? 'details');
  };

  const handleNext = () => {
    setAttempted(true);
    const [first] = fieldsWithErrors(errors);
    if (first) {
      document.getElementById(`add-member-${first}`)?.focus();
      return;
    }
    setIsChecked(true);
    goTo(1);
  };

  const handleSubmit = () => {
    addMember.mutate(addMemberInvitation(form, context.portalKind), {
      onSuccess: () => {
        draft.remove();
        goTo(2);
      },
    });
  };

  const handleAddAnother = () => {
    setForm(initialAddMemberForm(context));
    setTouched(new Set());
    setAttempted(false);
    setIsChecked(false);
    addMember.reset();
    goTo(0);
  };

  const handleChangeDetails = () => {
    addMember.reset();
    setAttempted(true);
    goTo(0);
  };

  const outcome = addMember.data;
  const invitation = step === 1 ? addMemberInvitation(form, context.portalKind) : null;
  const shownErrors = visibleErrors(errors, touched, attempted);
  const errorFields = fieldsWithErrors(shownErrors);

  return (
    <Stack spacing={3} sx={{ maxWidth: 960 }}>
      <LeaveGuard when={isDirty && step !== 2} what="the details you have typed for the new member" />
      <WizardFrame
        label="Steps"
        steps={steps}
        activeStep={step}
        completed={(index) => index < step || (index === 2 && outcome !== undefined && outcome.kind !== 'refused')}
        heading={step === 0 ? 'Details' : step === 1 ? 'Review' : 'Result'}
      />
      <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
          {step === 0
            ? 'Fields marked * are required. Role, user type and groups start from the new member defaults.'
            : step === 1
              ? 'This is exactly what will be sent to the portal. Nothing has been written yet.'
              : 'What the portal did with the new member.'}
        </Typography>

        {step === 0 ? (
          <>
            {passwordLost ? (
              <Alert severity="info" sx={{ mb: 3 }}>
                Your details were kept when the page was reloaded, but never the password: type it again.
              </Alert>
            ) : null}
            {attempted && errorFields.length > 0 ? (
              <Alert severity="error" sx={{ mb: 3 }}>
                <AlertTitle>{errorFields.length === 1 ? 'One field needs attention' : `${errorFields.length} fields need attention`}</AlertTitle>
                <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                  {errorFields.map((field) => (
                    <li key={field}>{shownErrors[field]}</li>
                  ))}
                </Box>
              </Alert>
            ) : null}
            <AddMemberDetails
              form={form}
              context={context}
              errors={shownErrors}
              usernameCheck={usernameCheck}
              onChange={setForm}
              onBlur={(field) => {
                setTouched((previous) => new Set(previous).add(field));
              }}
            />
            <Actions>
              <Button component={RouterLink} to={paths.members.href()}>
                Cancel
              </Button>
              <Button variant="contained" onClick={handleNext}>
                Next: review
              </Button>
            </Actions>
          </>
        ) : null}

        {invitation ? (
          <>
            <AddMemberReview lines={reviewLines(invitation, context)} />
            {addMember.isError ? (
              <Box sx={{ mt: 3 }}>
                <ErrorAlert title={`${invitation.username} could not be sent to the portal`} message={addMember.error.message} onRetry={handleSubmit} />
              </Box>
            ) : null}
            <Actions>
              <Button
                onClick={() => {
                  addMember.reset();
                  goTo(0);
                }}
                disabled={addMember.isPending}
              >
                Back
              </Button>
              <Button variant="contained" onClick={handleSubmit} loading={addMember.isPending} loadingPosition="start">
                {addMember.isPending ? 'Adding…' : 'Add member'}
              </Button>
            </Actions>
          </>
        ) : null}

        {step === 2 && outcome ? <AddMemberResult outcome={outcome} onAddAnother={handleAddAnother} onChangeDetails={handleChangeDetails} /> : null}
      </Paper>
    </Stack>
  );
}

function Actions({ children }: { children: React.ReactNode }) {
  return (
    <Stack direction="row" spacing={1.5} sx={{ mt: 4, justifyContent: 'flex-end' }}>
      {children}
    </Stack>
  );
}

/** Messages show once a field was left or "Next" was tried; values that break a limit as they are typed show at once. */
function visibleErrors(errors: AddMemberErrors, touched: ReadonlySet<AddMemberField>, attempted: boolean): AddMemberErrors {
  const live: readonly AddMemberField[] = ['role', 'userType', 'groups', 'description'];
  return Object.fromEntries(
    Object.entries(errors).filter(([field]) => attempted || touched.has(field as AddMemberField) || live.includes(field as AddMemberField)),
  );
}
