import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import { SelectField } from '@/components/select-field';
import { usePortalSession } from '@/hooks/use-session';
import { roleLabel } from '@/lib/arcgis/role-labels';
import { userTypeQueries } from '@/lib/arcgis/user-types';
import { countOf } from '@/lib/text/plural';

import { type LicensePreset, useLicenseChoice } from '../../licences/use-license-usage';
import { useSelectionMembers } from '../../table/use-selection-members';
import { useBulkAction } from '../use-bulk-action';
import type { UndoTarget } from '../use-undo-plan';
import { CreditAmountField } from './credit-amount-field';
import { GroupPicker } from './group-picker';
import { LicenseActionPicker } from './license-action-picker';
import { RoleSelect } from './role-select';
import { UndoRunDialog } from './undo-run-dialog';
import { ownershipQueries } from '../../api/ownership-queries';
import { userQueries } from '../../api/user-queries';
import { licenseCheckText, licenseShortfall } from '../../licences/license-action';
import { DeleteMemberDialog } from '../../member-page/components/delete-member-dialog';
import type { MemberDeletion } from '../../member-page/member-deletion';
import { type MemberSelection, selectionCount } from '../../table/resolve-selection';
import type { GroupOption, Member } from '../../types';
import { type BulkAction, type BulkActionKind, bulkActionTitles, describeBulkAction, planBulkAction, roleKeyOf, seatsLeftText } from '../bulk-action';
import { notUndoableReason } from '../bulk-undo';
import { parseCreditAmount } from '../credit-fields';
import { BulkRunView } from './bulk-run-view';

type Props = {
  kind: BulkActionKind;
  selection: MemberSelection;
  /** The signed-in member, never disabled or deleted by their own hand. */
  self: string;
  /** `afterRun`: an action was carried out, so the members' data the selection holds is out of date. */
  onClose: (afterRun: boolean) => void;
  /** How a delete checks what members own first, and offers "transfer and delete" (composed by the app). */
  deletion?: MemberDeletion;
  /** The add-on licence an assign or revoke starts with (the member page's "Revoke"). */
  licensePreset?: LicensePreset;
};

/** Choose → preview (what changes, seats, what is skipped) → run with progress and cancel → per-member results. */
export function BulkActionDialog(props: Props) {
  const { kind, selection, deletion } = props;
  const one = selection.kind === 'picked' && selection.members.length === 1 ? selection.members[0] : undefined;
  // One member's delete checks what they own first and can offer "transfer and delete".
  if (kind === 'delete' && deletion && one) return <DeleteMemberDialog member={one} deletion={deletion} onClose={props.onClose} />;
  return <BulkActionSteps {...props} />;
}

function BulkActionSteps({ kind, selection, self, onClose, deletion, licensePreset }: Props) {
  const session = usePortalSession();
  const { members, progress, error, isResolving } = useSelectionMembers(selection);
  const userTypes = useQuery(userTypeQueries.seats(session));
  const roles = useQuery(userQueries.roles(session));
  const lookups = useQuery(userQueries.lookups(session));
  const run = useBulkAction();
  const [roleKey, setRoleKey] = useState('');
  const [userTypeId, setUserTypeId] = useState('');
  const [group, setGroup] = useState<GroupOption | null>(null);
  const license = useLicenseChoice(kind, licensePreset);
  const [creditText, setCreditText] = useState('');
  // What was confirmed, kept as said: after the run, refetched data would plan a different (empty) change.
  const [confirmed, setConfirmed] = useState('');
  const [undoing, setUndoing] = useState<UndoTarget | null>(null);
  const single = selection.kind === 'picked' && selection.members.length === 1 ? selection.members[0] : undefined;

  const action = useMemo((): BulkAction | null => {
    switch (kind) {
      case 'role': {
        const role = roles.data?.find((option) => option.key === roleKey);
        return role ? { kind, role } : null;
      }
      case 'userType': {
        const userType = userTypes.data?.find((type) => type.id === userTypeId);
        return userType ? { kind, userType } : null;
      }
      case 'addToGroup':
      case 'removeFromGroup':
        return group ? { kind, group } : null;
      case 'assignLicense':
      case 'revokeLicense':
        return license.action;
      case 'allocateCredits': {
        const amount = parseCreditAmount(creditText);
        return amount.ok ? { kind, credits: amount.value } : null;
      }
      default:
        return { kind };
    }
  }, [creditText, group, kind, license.action, roleKey, roles.data, userTypeId, userTypes.data]);

  const roleNames = lookups.data?.roleNames;
  const ownership = useOwnershipChecks(kind === 'delete' ? deletion : undefined, members, run.state.status === 'idle');
  const plan = useMemo(() => {
    if (!action || !members || !userTypes.data) return null;
    if (kind === 'delete' && deletion && !ownership.data) return null;
    const roleName = (key: string) => roleLabel(key.startsWith('org_') ? { role: key } : { roleId: key }, roleNames);
    return planBulkAction(action, members, { userTypes: userTypes.data, roleName, self, deleteRefusals: ownership.data });
  }, [action, members, userTypes.data, self, roleNames, kind, deletion, ownership.data]);
  const toSend = plan ? plan.batches.reduce((sum, batch) => sum + batch.length, 0) : 0;
  const count = members?.length ?? selectionCount(selection);
  const who = single ? single.username : countOf(count, 'member');
  const fullNames = useMemo(() => new Map((members ?? []).map((member) => [member.username, member.fullName])), [members]);
  const blockedBySeats = (plan?.seats ? !plan.seats.enough : false) || plan?.licenses?.enough === false;

  const title = `${bulkActionTitles[kind]}: ${who}`;
  const closeable = run.state.status !== 'running';
  const close = () => {
    onClose(run.state.status === 'done');
  };

  const handleConfirm = () => {
    if (!action || !plan) return;
    const label = describeBulkAction(action, toSend);
    setConfirmed(label);
    void run.start(action, plan, fullNames, { membersBefore: members ?? [], label });
  };

  let content: ReactNode;
  if (run.state.status !== 'idle') {
    content = <BulkRunView run={run} action={confirmed} kind={kind} onUndo={setUndoing} />;
  } else if (error) {
    content = <Alert severity="error">The members could not be listed: {error.message}</Alert>;
  } else if (ownership.isError) {
    content = <ErrorAlert title="What the members own could not be read" message={ownership.error.message} onRetry={() => void ownership.refetch()} />;
  } else if (isResolving || ownership.isLoading) {
    content = (
      <Stack spacing={1.5}>
        <LinearProgress
          variant={progress?.total ? 'determinate' : 'indeterminate'}
          value={progress?.total ? (progress.fetched / progress.total) * 100 : 0}
          aria-label="Listing the selected members"
        />
        <Typography role="status">
          {!isResolving
            ? `Checking what ${countOf(members?.length ?? 0, 'member')} own before deleting…`
            : progress
              ? `Listing the selected members: ${progress.fetched.toLocaleString()} of ${progress.total.toLocaleString()}`
              : 'Listing the selected members…'}
        </Typography>
      </Stack>
    );
  } else {
    content = (
      <Stack spacing={2} sx={{ pt: 1 }}>
        {kind === 'role' ? <RoleSelect roles={roles.data ?? []} members={members} userTypes={userTypes.data} value={roleKey} onChange={setRoleKey} /> : null}
        {kind === 'userType' ? (
          <SelectField
            label="New user type"
            value={userTypeId}
            onValueChange={setUserTypeId}
            options={(userTypes.data ?? [])
              .filter((type) => !single || !type.compatibleRoles || type.compatibleRoles.includes(roleKeyOf(single)))
              .map((type) => ({ value: type.id, label: `${type.name} — ${seatsLeftText(type)}` }))}
          />
        ) : null}
        {kind === 'addToGroup' || kind === 'removeFromGroup' ? (
          <GroupPicker label="Group" value={group} onChange={setGroup} size="medium" width="100%" />
        ) : null}
        {kind === 'assignLicense' || kind === 'revokeLicense' ? (
          <LicenseActionPicker usage={license.usage} choice={license.choice} onChange={license.setChoice} />
        ) : null}
        {kind === 'allocateCredits' ? <CreditAmountField value={creditText} onChange={setCreditText} /> : null}
        {roles.isError || userTypes.isError ? <Alert severity="error">Roles or user types could not be loaded.</Alert> : null}
        {plan ? (
          <Stack spacing={1} role="status" aria-label="Preview">
            <Typography sx={{ fontWeight: 600 }}>{toSend > 0 && action ? `${describeBulkAction(action, toSend)}.` : 'Nothing to change.'}</Typography>
            {plan.seats ? (
              <Typography>
                {seatsLeftText({ name: plan.seats.typeName, purchased: plan.seats.purchased, left: plan.seats.left })}; this change needs{' '}
                {plan.seats.needed.toLocaleString()}
                {plan.seats.left === null ? ' (the portal checks its seats when the change is sent)' : ''}.
              </Typography>
            ) : null}
            {plan.licenses ? <Typography>{licenseCheckText(plan.licenses)}</Typography> : null}
            {plan.settled.length > 0 ? <SettledSummary settled={plan.settled} /> : null}
          </Stack>
        ) : null}
        {blockedBySeats && plan?.seats ? (
          <Alert severity="error">
            Not enough {plan.seats.typeName} seats: {plan.seats.needed.toLocaleString()} needed, {(plan.seats.left ?? 0).toLocaleString()} left. Narrow the
            selection or free seats first.
          </Alert>
        ) : null}
        {plan?.licenses && !plan.licenses.enough ? <Alert severity="error">{licenseShortfall(plan.licenses)}</Alert> : null}
        {action && kind !== 'delete' && notUndoableReason(action) ? (
          <Alert severity="info" role="note">
            {notUndoableReason(action)}
          </Alert>
        ) : null}
        {kind === 'delete' ? (
          <Alert severity="warning">
            Deleting cannot be undone.{' '}
            {deletion
              ? 'Members who own items or groups are not sent: delete each of them from their page, with Transfer and delete.'
              : 'The portal refuses to delete members who still own items or groups; transfer their content first.'}
          </Alert>
        ) : null}
      </Stack>
    );
  }

  if (undoing) {
    return (
      <UndoRunDialog
        target={undoing}
        onClose={() => {
          onClose(true);
        }}
      />
    );
  }

  return (
    <Dialog open onClose={closeable ? close : undefined} fullWidth maxWidth={run.state.status === 'done' ? 'md' : 'sm'} aria-labelledby="bulk-action-title">
      <DialogTitle id="bulk-action-title">{title}</DialogTitle>
      <DialogContent>{content}</DialogContent>
      <DialogActions>
        {run.state.status === 'running' ? (
          <Button onClick={run.cancel} disabled={run.state.cancelling}>
            Cancel run
          </Button>
        ) : (
          <Button onClick={close}>{run.state.status === 'done' ? 'Close' : 'Cancel'}</Button>
        )}
        {run.state.status === 'idle' ? (
          <Button
            variant="contained"
            color={kind === 'delete' || kind === 'disable' ? 'error' : 'primary'}
            disabled={!plan || toSend === 0 || blockedBySeats}
            onClick={handleConfirm}
          >
            {action && toSend > 0 ? describeBulkAction(action, toSend) : 'Confirm'}
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}

function SettledSummary({ settled }: { settled: { username: string; outcome: string; reason: string }[] }) {
  const byReason = new Map<string, string[]>();
  for (const result of settled) byReason.set(result.reason, [...(byReason.get(result.reason) ?? []), result.username]);
  return (
    <Stack component="ul" spacing={0.5} sx={{ m: 0, pl: 2.5 }}>
      {[...byReason].map(([reason, usernames]) => (
        <Typography component="li" key={reason} variant="body2">
          Not sent for {usernames.length === 1 ? usernames[0] : countOf(usernames.length, 'member')}: {reason}
        </Typography>
      ))}
    </Stack>
  );
}

const noDeletion: MemberDeletion = {
  check: () => Promise.reject(new Error('Nothing checks what members own here.')),
  TransferAndDelete: () => null,
};

/** Refusals for members a plain delete would fail for, read once before the run; idle without `deletion`. */
function useOwnershipChecks(deletion: MemberDeletion | undefined, members: readonly Member[] | undefined, isBeforeRun: boolean) {
  const usernames = (members ?? []).map((member) => member.username);
  return useQuery({
    ...ownershipQueries.refusals(deletion ?? noDeletion, usernames),
    // Afterwards the deleted members are gone and the plan is history.
    enabled: Boolean(deletion && members) && isBeforeRun,
  });
}
