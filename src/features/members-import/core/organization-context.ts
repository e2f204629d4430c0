// Relative imports only: scripts/check-members.ts runs this file under plain tsx, without the `@/` alias.
import type { BaseRole, ImportRole, ImportUserType, MemberImportContext, PasswordPolicy } from './types';
import { defaultPasswordPolicy } from '../../../lib/arcgis/password-policy';
import { builtInRoleLabels } from '../../../lib/arcgis/role-labels';

export { passwordPolicyFrom, type PortalPasswordPolicy } from '../../../lib/arcgis/password-policy';

/**
 * What validation needs to know about an organization, apart from the account kind and who already exists, with a
 * `notices` line for each answer the portal did not give and the fallback Roster uses instead (shown in the wizards).
 */
export type OrganizationContext = Omit<
  MemberImportContext,
  | 'accountKind'
  | 'existingUsernames'
  | 'usernameHolders'
  | 'pendingInvitations'
  | 'unconfirmedUsernames'
  | 'excludedLines'
  | 'doneLines'
  | 'preexistingLines'
  | 'requiredFields'
> & { notices: string[] };

/** A user type as `fetchUserTypeSeats` (src/lib/arcgis/user-type-seats.ts) reports it; `null` = not reported. */
export type UserTypeAnswer = {
  id: string;
  name: string;
  left: number | null;
  compatibleRoles: readonly string[] | null;
};

/** `portals/self/userDefaultSettings` (REST 7.3+); `{}` when the organization set no defaults. */
export type DefaultsAnswer = { role?: string; userLicenseType?: string; groups?: readonly string[] };

/**
 * The portal's answers the context is built from, as they come over the wire. Roles are required; each other answer
 * is `null` when the portal did not give it (an older portal lacks the resource, or the request failed).
 */
export type OrganizationAnswers = {
  roles: readonly { id: string; name: string; privileges?: readonly string[] }[];
  userTypes: readonly UserTypeAnswer[] | null;
  groups: readonly { id: string; title: string }[] | null;
  defaults: DefaultsAnswer | null;
  passwordPolicy: PasswordPolicy | null;
};

/** What each fallback says to the person, so the wizard never pretends it knows what the portal did not say. */
export const organizationNotices = {
  defaultsMissing: 'The portal did not report its new-member defaults; Roster uses User with no user type and no default groups.',
  defaultsEmpty: 'The organization has no new-member defaults; Roster uses User with no user type.',
  userTypesMissing: 'The portal did not list its user types; the user type is optional and members without one are sent without it ' + '(the portal decides).',
  seatsMissing: (names: readonly string[] | null) =>
    `The portal did not report the seats left${names ? ` for ${names.join(', ')}` : ''}; Roster does not check ` +
    'them, and the portal refuses a member it has no seat for.',
  compatibilityMissing:
    'The portal did not say which roles each user type allows; Roster does not restrict them, and the portal ' + 'refuses a combination it does not allow.',
  passwordPolicyMissing:
    'The portal did not report its password policy; Roster checks the documented default: at least 8 characters ' + 'with a letter and a digit.',
  groupsMissing: 'The portal did not list the organization’s groups; no group can be chosen, and a group named in a file ' + 'cannot be checked.',
} as const;

/** Custom roles report a base level through their privileges, as the portal does. */
export function baseRoleOf(privileges: readonly string[] = []): BaseRole {
  if (privileges.some((privilege) => privilege.startsWith('portal:admin:'))) return 'org_admin';
  if (privileges.some((privilege) => privilege.startsWith('portal:publisher:'))) return 'org_publisher';
  return 'org_user';
}

/** The three base roles every organization has; `portals/self/roles` does not list them. */
export function baseRoles(): ImportRole[] {
  return (['org_admin', 'org_publisher', 'org_user'] as const).map((role) => ({
    id: role,
    name: builtInRoleLabels[role] ?? role,
    role,
  }));
}

/** Roles (built-in + listed), user types with seats left (least capable first), groups, new member defaults, notices. */
export function toOrganizationContext(answers: OrganizationAnswers): OrganizationContext {
  const builtIns = baseRoles();
  const builtInIds = new Set(builtIns.map((role) => role.id));
  const roles: ImportRole[] = [
    ...builtIns,
    ...answers.roles.filter((role) => !builtInIds.has(role.id)).map((role) => ({ id: role.id, name: role.name, role: baseRoleOf(role.privileges) })),
  ];
  const userTypes: ImportUserType[] | null = answers.userTypes
    ? answers.userTypes
        .map((type) => ({
          id: type.id,
          name: type.name,
          seatsLeft: type.left,
          compatibleRoleIds: type.compatibleRoles ? [...type.compatibleRoles] : null,
        }))
        // Least capable first: an empty User Type cell takes the first compatible type. Types whose roles the portal
        // did not report keep the portal's order, after those it did.
        .sort((a, b) => (a.compatibleRoleIds?.length ?? Infinity) - (b.compatibleRoleIds?.length ?? Infinity))
    : null;
  const defaults = answers.defaults ?? {};
  const notices: string[] = [];
  if (!answers.defaults) notices.push(organizationNotices.defaultsMissing);
  else if (!defaults.role && !defaults.userLicenseType && !defaults.groups?.length) {
    notices.push(organizationNotices.defaultsEmpty);
  }
  if (!userTypes) notices.push(organizationNotices.userTypesMissing);
  else {
    const unreported = userTypes.filter((type) => type.seatsLeft === null).map((type) => type.name);
    if (unreported.length > 0) {
      notices.push(organizationNotices.seatsMissing(unreported.length === userTypes.length ? null : unreported));
    }
    if (userTypes.some((type) => type.compatibleRoleIds === null)) notices.push(organizationNotices.compatibilityMissing);
  }
  if (!answers.passwordPolicy) notices.push(organizationNotices.passwordPolicyMissing);
  if (!answers.groups) notices.push(organizationNotices.groupsMissing);
  return {
    roles,
    userTypes,
    groups: answers.groups ? answers.groups.map((group) => ({ id: group.id, title: group.title })) : null,
    defaults: {
      roleId: defaults.role || 'org_user',
      userTypeId: defaults.userLicenseType ?? '',
      groupIds: [...(defaults.groups ?? [])],
    },
    passwordPolicy: answers.passwordPolicy ?? defaultPasswordPolicy,
    notices,
  };
}

/**
 * `community/checkUsernames` → which requested names are taken and which the answer left out. A name is taken when
 * the portal suggests another one (compared case-insensitively). A name missing from the answer, or answered without
 * a suggestion, is not confirmed free: a name once used by a deleted account may be reserved. Lower-case names.
 */
export function readUsernameCheck(
  requested: readonly string[],
  answer: { usernames?: readonly { requested?: string; suggested?: string }[] } | null | undefined,
): { taken: Set<string>; unconfirmed: Set<string> } {
  const taken = new Set<string>();
  const confirmed = new Set<string>();
  for (const entry of answer?.usernames ?? []) {
    if (!entry.requested) continue;
    const name = entry.requested.toLowerCase();
    if (!entry.suggested) continue;
    if (entry.suggested.toLowerCase() === name) confirmed.add(name);
    else taken.add(name);
  }
  const unconfirmed = new Set(requested.map((name) => name.toLowerCase()).filter((name) => name !== '' && !taken.has(name) && !confirmed.has(name)));
  return { taken, unconfirmed };
}
