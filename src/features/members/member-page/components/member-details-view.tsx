import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link as RouterLink } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { usePortalSession } from '@/hooks/use-session';
import { AppError } from '@/lib/arcgis/arcgis-error';
import { roleLabel } from '@/lib/arcgis/role-labels';

import type { BulkAction } from '../../bulk/bulk-action';
import type { BulkActionKind } from '../../bulk/bulk-action';
import { BulkActionDialog } from '../../bulk/components/bulk-action-dialog';
import { categoryLabel } from '../member-categories';
import type { MemberDeletion } from '../member-deletion';
import { CreditSection } from './credit-section';
import { EditProfileDialog } from './edit-profile-dialog';
import { MemberActionsMenu } from './member-actions-menu';
import { ContentSummary, Facts, GroupTable, InvitationTable, PrivilegeList, Section, StorageBar } from './member-sections';
import { MfaNote } from './mfa-note';
import { ResetPasswordDialog } from './reset-password-dialog';
import { SignInProviderNote } from './sign-in-provider-note';
import { userQueries } from '../../api/user-queries';
import { useCreditAwareActions } from '../../bulk/use-credit-actions';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

type Props = {
  username: string;
  /** Actions the signed-in member's privileges allow. */
  actions: readonly BulkAction['kind'][];
  canEditProfile: boolean;
  canViewContent: boolean;
  self: string;
  /** How a delete checks ownership first and offers "transfer and delete" (composed by the app). */
  deletion?: MemberDeletion;
  /** Sections other features add about this member (composed by the app), after the member's own. */
  sections?: ReactNode;
};

/** Everything about one member, with the actions an administrator takes on them. */
export function MemberDetailsView({ username, actions, canEditProfile, canViewContent, self, deletion, sections }: Props) {
  const session = usePortalSession();
  const member = useQuery(userQueries.detail(session, username));
  const lookups = useQuery(userQueries.lookups(session));
  const content = useQuery({ ...userQueries.content(session, username), enabled: canViewContent });
  const invitations = useQuery(userQueries.invitations(session, username));
  const categories = useQuery(userQueries.categories(session));
  const [editing, setEditing] = useState(false);
  const [resettingPassword, setResettingPassword] = useState(false);
  const [kind, setKind] = useState<BulkActionKind | null>(null);
  const creditAwareActions = useCreditAwareActions(actions);

  if (member.isPending) {
    return (
      <PageContainer title={username}>
        <Skeleton variant="rounded" height={240} aria-label="Loading the member" />
      </PageContainer>
    );
  }
  // A member deleted from the open dialog stays on screen until the dialog (with its result) is closed.
  if (member.isError && !(kind && member.data)) {
    return (
      <PageContainer title={username}>
        {member.error instanceof AppError && member.error.kind === 'not-found' ? (
          <Alert severity="info">
            There is no member {username} in this organization (any more).{' '}
            <Link component={RouterLink} to={paths.members.href()}>
              Back to the members
            </Link>
          </Alert>
        ) : (
          <ErrorAlert title="The member could not be loaded" message={member.error.message} onRetry={() => void member.refetch()} />
        )}
      </PageContainer>
    );
  }

  const details = member.data;
  const menuActions = creditAwareActions.filter((action) => (details.disabled ? action !== 'disable' : action !== 'enable'));
  // Built-in members only (SAML accounts have no portal password); one's own password is changed in the portal.
  const passwordItems =
    canEditProfile && details.provider === 'arcgis' && details.username !== self
      ? [
          {
            label: 'Reset password…',
            onSelect: () => {
              setResettingPassword(true);
            },
          },
        ]
      : [];
  const userTypeName = details.userTypeId ? (lookups.data?.userTypeNames.get(details.userTypeId) ?? details.userTypeId) : 'Not reported';

  return (
    <PageContainer
      title={details.fullName || details.username}
      description={
        <>
          {details.username}
          {details.email ? ` · ${details.email}` : ''}{' '}
          {details.disabled ? <Chip component="span" size="small" color="warning" variant="outlined" label="Disabled" /> : null}
        </>
      }
      actions={
        <>
          {canViewContent ? (
            <Button variant="outlined" component={RouterLink} to={paths.memberOffboard.href(details.username)}>
              Offboard
            </Button>
          ) : null}
          {menuActions.length > 0 || passwordItems.length > 0 ? (
            <MemberActionsMenu
              extraItems={passwordItems}
              actions={menuActions}
              onChoose={setKind}
              isDisabled={(action) => (action === 'disable' || action === 'delete') && details.username === self}
            />
          ) : null}
        </>
      }
    >
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, alignItems: 'start' }}>
        <Section
          title="Profile"
          action={
            canEditProfile || details.username === self ? (
              <Button
                onClick={() => {
                  setEditing(true);
                }}
              >
                Edit profile
              </Button>
            ) : null
          }
        >
          <Facts
            facts={[
              ['Name', details.fullName || '—'],
              ['Email', details.email || '—'],
              ['Description', details.description || '—'],
            ]}
          />
        </Section>
        <Section title="Account">
          <Facts
            facts={[
              ['Role', roleLabel(details, lookups.data?.roleNames)],
              ['User type', userTypeName],
              ['Identity provider', details.provider === 'enterprise' ? 'Enterprise (SAML)' : 'Built-in (ArcGIS)'],
              ['IdP username', details.idpUsername || '—'],
              ['Created', dateFormat.format(details.created)],
              ['Last login', details.lastLogin === null ? 'Never' : dateFormat.format(details.lastLogin)],
              ['Multi-factor authentication', details.mfaEnabled ? 'On' : 'Off'],
              ['Status', details.disabled ? 'Disabled' : 'Active'],
              ['Categories', memberCategoriesText(details.categories, categories.data?.length)],
            ]}
          />
          <MfaNote mfaEnabled={details.mfaEnabled} provider={details.provider} />
          <SignInProviderNote username={details.username} provider={details.provider} />
        </Section>
        {canViewContent ? (
          <Section title="History">
            <Link component={RouterLink} to={paths.history.href(details.username)}>
              Runs through Roster that touched {details.username}
            </Link>
          </Section>
        ) : null}
        <CreditSection member={details} actions={creditAwareActions} onChoose={setKind} />
        <Section title="Storage">
          <StorageBar member={details} />
        </Section>
        <Section title="Content">
          {!canViewContent ? (
            <Typography color="text.secondary">Viewing other members' content needs the privilege to view all items.</Typography>
          ) : content.isPending ? (
            <Skeleton height={60} />
          ) : content.isError ? (
            <Alert severity="warning">The content could not be counted: {content.error.message}</Alert>
          ) : (
            <ContentSummary username={details.username} content={content.data} />
          )}
        </Section>
        <Section title={`Privileges of the role ${roleLabel(details, lookups.data?.roleNames)}`}>
          <PrivilegeList privileges={details.privileges} />
        </Section>
        <Section title={`Groups (${String(details.groups.length)})`}>
          <GroupTable member={details} />
        </Section>
        <Section title="Pending invitations">
          {invitations.isPending ? (
            <Skeleton height={40} />
          ) : invitations.isError ? (
            <Alert severity="warning">The invitations could not be read: {invitations.error.message}</Alert>
          ) : (
            <InvitationTable invitations={invitations.data} />
          )}
        </Section>
        {sections}
      </Box>
      {editing ? (
        <EditProfileDialog
          member={details}
          onClose={() => {
            setEditing(false);
          }}
        />
      ) : null}
      {resettingPassword ? (
        <ResetPasswordDialog
          member={details}
          onClose={() => {
            setResettingPassword(false);
          }}
        />
      ) : null}
      {kind ? (
        <BulkActionDialog
          kind={kind}
          selection={{ kind: 'picked', members: [details] }}
          self={self}
          deletion={deletion}
          onClose={() => {
            setKind(null);
          }}
        />
      ) : null}
    </PageContainer>
  );
}

/** What the member page says about a member's categories, plainly where the portal reports none or has no tree. */
function memberCategoriesText(held: readonly string[] | undefined, treeSize: number | undefined): string {
  if (held === undefined) return 'Not reported by the portal';
  if (held.length > 0) return held.map(categoryLabel).join(', ');
  return treeSize === 0 ? 'None (this organization has no member categories)' : 'None';
}
