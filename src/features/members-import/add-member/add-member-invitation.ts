import { type AddMemberContext, type AddMemberForm, effectiveIdpUsername, effectiveUsername, findRole, findUserType, seatsLeftText } from './add-member-form';
import { unconfirmedUsernameText } from './add-member-validation';
import type { Invitation } from '../api/import-api';
import { buildInvitation } from '../core/build-invitation';
import type { MemberRow, PortalKind } from '../core/types';

/**
 * The form as the one invitation `portals/self/invite` receives, trimmed. The wire shape is the bulk import's
 * (`buildInvitation`); a single member's groups travel with the invitation, so they are set once it exists.
 */
export function addMemberInvitation(form: AddMemberForm, portal: PortalKind = 'online'): Invitation {
  const row: MemberRow = {
    line: 0,
    firstName: form.firstName.trim(),
    lastName: form.lastName.trim(),
    fullName: '',
    email: form.email.trim(),
    username: effectiveUsername(form, portal),
    password: form.accountKind === 'builtin' ? form.password : '',
    role: form.roleId,
    userType: form.userTypeId,
    groups: [],
    description: form.description.trim(),
    idpUsername: form.accountKind === 'enterprise' ? effectiveIdpUsername(form, portal) : '',
    accountKind: form.accountKind,
  };
  const invitation = buildInvitation(row, { roleId: form.roleId, userTypeId: form.userTypeId || null, groupIds: form.groupIds });
  return { ...invitation, groups: form.groupIds.join(',') };
}

/** One line of the review, in the words the admin knows: names, never the ids the invitation carries. */
export type ReviewLine = { label: string; value: string };

export const hiddenPasswordText = 'set (hidden)';

export const accountKindLabels = {
  builtin: 'Built-in (username and password)',
  enterprise: 'Enterprise / SAML (identity provider)',
} as const;

/** Exactly what will be sent, field by field; the password only as "set (hidden)". */
export function reviewLines(invitation: Invitation, context: AddMemberContext): ReviewLine[] {
  const role = findRole(context, invitation.role);
  const userType = findUserType(context, invitation.userLicenseType);
  const groupIds = invitation.groups ? invitation.groups.split(',') : [];
  const groupTitles = groupIds.map((id) => context.groups?.find((group) => group.id === id)?.title ?? id);
  const lines: ReviewLine[] = [
    {
      label: 'Account',
      value: accountKindLabels[invitation.targetUserProvider === 'enterprise' ? 'enterprise' : 'builtin'],
    },
    { label: 'First name', value: invitation.firstname },
    { label: 'Last name', value: invitation.lastname },
    { label: 'Full name', value: invitation.fullname },
    { label: 'Email', value: invitation.email },
    { label: 'Username', value: invitation.username },
  ];
  if (invitation.targetUserProvider === 'arcgis') {
    lines.push({ label: 'Password', value: invitation.password ? hiddenPasswordText : 'not set' });
  } else {
    lines.push({ label: 'IdP username', value: invitation.idpUsername ?? '' });
  }
  lines.push(
    { label: 'Role', value: role?.name ?? invitation.role },
    invitation.userLicenseType
      ? {
          label: 'User type',
          value: userType ? `${userType.name} (${seatsLeftText(userType.seatsLeft).toLowerCase()})` : invitation.userLicenseType,
        }
      : { label: 'User type', value: 'None sent (the portal decides)' },
    groupIds.length > 0 ? { label: 'Groups', value: groupTitles.join(', ') } : { label: 'Groups', value: 'None' },
    { label: 'Description', value: invitation.description ?? 'None' },
  );
  return lines;
}

/** What the portal was asked again after it left the username in `notInvited`. */
export type RefusalFacts = {
  /** The username belongs to a member (checkUsernames), with a free alternative if one was found. */
  taken: boolean;
  alternative?: string | undefined;
  /** checkUsernames left the name out of its answer: possibly reserved by a deleted account. */
  unconfirmed?: boolean;
  pendingInvitation: boolean;
  /**
   * Seats left for the chosen user type in the refetched organization: undefined if the type is gone (or the portal
   * no longer lists types), null if the portal does not report its seats.
   */
  seatsLeft: number | null | undefined;
};

/** Why the portal did not add the member, from the re-checks, never "unable to add" without a why. */
export function explainRefusal(invitation: Invitation, context: AddMemberContext, facts: RefusalFacts): string {
  const { username } = invitation;
  if (facts.taken) {
    const alternative = facts.alternative ? ` Try ${facts.alternative}, or another name.` : ' Choose another name.';
    return `The username ${username} is already taken.${alternative}`;
  }
  if (facts.pendingInvitation) {
    return `${username} already has a pending invitation; it must be accepted or cancelled before inviting again.`;
  }
  if (facts.unconfirmed) {
    return `${unconfirmedUsernameText(username)} Choose another name.`;
  }
  const typeId = invitation.userLicenseType;
  const userType = findUserType(context, typeId);
  const typeName = userType?.name ?? typeId ?? '';
  if (typeId && facts.seatsLeft === undefined && context.userTypes !== null) {
    return `The user type ${typeName} is no longer available in this organization. Choose another user type.`;
  }
  if (typeof facts.seatsLeft === 'number' && facts.seatsLeft <= 0) {
    return `No seats are left for the ${typeName} user type. Choose another user type, or free a seat and try again.`;
  }
  const role = findRole(context, invitation.role)?.name ?? invitation.role;
  const groups = invitation.groups || 'none';
  // Only what the portal reported is stated as known: seats it did not report are something to check.
  const seats = !typeId
    ? 'no user type was sent (the portal did not list its user types)'
    : typeof facts.seatsLeft === 'number'
      ? `${typeName} has seats`
      : `the portal did not report the seats left for ${typeName}, so check that one is free`;
  return (
    `The portal refused to add ${username} without giving a reason. The username is free and ${seats}; ` +
    `check the values it was sent: email ${invitation.email}, role ${role} (${invitation.role}), ` +
    (typeId ? `user type ${typeName} (${typeId}), ` : '') +
    `groups ${groups}` +
    (invitation.targetUserProvider === 'enterprise' ? `, IdP username ${invitation.idpUsername ?? ''}.` : '.')
  );
}

/**
 * What the portal did with an invitation it did not refuse, from the follow-up GET of the account: ArcGIS Online
 * creates the account at once ("added"); a portal that only emails an invitation has no account yet ("invited");
 * when the GET failed Roster does not know ("unconfirmed") and says so rather than guess.
 */
export function acceptedOutcomeKind(accountExists: boolean | null): 'added' | 'invited' | 'unconfirmed' {
  if (accountExists === null) return 'unconfirmed';
  return accountExists ? 'added' : 'invited';
}
