import { passwordShortfalls, usernameLimits } from '../core/member-field-rules';
import type { AccountKind, ImportRole, ImportUserType, MemberImportContext, PasswordPolicy, PortalKind } from '../core/types';

/** What the single-member wizard needs to know about the organization (`OrganizationContext` fits). */
export type AddMemberContext = Pick<MemberImportContext, 'roles' | 'userTypes' | 'groups' | 'defaults' | 'passwordPolicy' | 'portalKind'>;

/**
 * The wizard's form, held in memory only: it carries the password, so it never goes to the URL or storage.
 * `username` and `idpUsername` are null while the admin has not typed one; the suggestion is used instead.
 */
export type AddMemberForm = {
  accountKind: AccountKind;
  firstName: string;
  lastName: string;
  email: string;
  username: string | null;
  password: string;
  idpUsername: string | null;
  roleId: string;
  userTypeId: string;
  groupIds: string[];
  description: string;
};

/**
 * A username from an email's local part: built-in names keep ASCII letters, digits and `. - _` (accents dropped,
 * lower-cased; on ArcGIS Enterprise `.` and `-` become `_`, its only separator); one shorter than the built-in minimum
 * gets the domain's first label (`jo` → `jo_harborcity`).
 */
export function suggestUsername(email: string, kind: AccountKind, portal: PortalKind = 'online'): string {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  const local = at === -1 ? trimmed : trimmed.slice(0, at);
  const domainLabel = at === -1 ? '' : (trimmed.slice(at + 1).split('.')[0] ?? '');
  const { min, max } = usernameLimits(kind, portal);
  const ascii = (value: string) =>
    value
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const clean = (value: string) =>
    kind === 'enterprise'
      ? value.toLowerCase().replace(/[^\p{L}\p{N}._-]/gu, '')
      : portal === 'enterprise'
        ? ascii(value)
            .replace(/[.-]/g, '_')
            .replace(/[^a-z0-9_]/g, '')
        : ascii(value).replace(/[^a-z0-9._-]/g, '');
  let name = clean(local).replace(/^[._-]+|[._-]+$/g, '');
  const suffix = clean(domainLabel);
  if (name && name.length < min && suffix) name = `${name}_${suffix}`;
  return name.slice(0, max);
}

/** Other names to offer when one is taken: `ana.lima2` … `ana.lima6`, kept within the length limit. */
export function usernameAlternatives(username: string, kind: AccountKind, portal: PortalKind = 'online', count = 5): string[] {
  const { max } = usernameLimits(kind, portal);
  return Array.from({ length: count }, (_, index) => {
    const suffix = String(index + 2);
    return `${username.slice(0, max - suffix.length)}${suffix}`;
  });
}

/** The username that will be sent: what the admin typed, or the suggestion from the email. */
export function effectiveUsername(form: AddMemberForm, portal: PortalKind = 'online'): string {
  return (form.username ?? suggestUsername(form.email, form.accountKind, portal)).trim();
}

/** The identity provider's name for an enterprise member; the username unless the admin typed another. */
export function effectiveIdpUsername(form: AddMemberForm, portal: PortalKind = 'online'): string {
  return (form.idpUsername ?? effectiveUsername(form, portal)).trim();
}

export function findRole(context: AddMemberContext, roleId: string): ImportRole | undefined {
  return context.roles.find((role) => role.id === roleId);
}

export function findUserType(context: AddMemberContext, userTypeId: string | undefined): ImportUserType | undefined {
  return userTypeId ? context.userTypes?.find((userType) => userType.id === userTypeId) : undefined;
}

/**
 * User types the role may be given, in the organization's order (least capable first). A type whose roles the portal
 * did not report is not restricted (the portal decides).
 */
export function compatibleUserTypes(context: AddMemberContext, roleId: string): ImportUserType[] {
  return (context.userTypes ?? []).filter((userType) => userType.compatibleRoleIds === null || userType.compatibleRoleIds.includes(roleId));
}

/** False only when the portal reported no seat left; unknown seats (null) never block. */
export const hasSeatLeft = (userType: ImportUserType) => userType.seatsLeft === null || userType.seatsLeft > 0;

/**
 * The user type for a role: the current one if it still fits and has a seat, else the organization's default,
 * else the first type known to allow the role with a seat, else the first known to allow it (validation then says
 * why). None when the portal did not say which roles its types allow and no default applies: the admin chooses.
 */
export function pickUserType(context: AddMemberContext, roleId: string, currentId?: string): string {
  const compatible = compatibleUserTypes(context, roleId);
  const withSeat = compatible.filter(hasSeatLeft);
  const preferred = [currentId, context.defaults.userTypeId].map((id) => withSeat.find((userType) => userType.id === id)).find(Boolean);
  const known = compatible.filter((userType) => userType.compatibleRoleIds !== null);
  return (preferred ?? known.find(hasSeatLeft) ?? known[0])?.id ?? '';
}

/** A blank form with the organization's new member defaults (role, user type, groups). */
export function initialAddMemberForm(context: AddMemberContext): AddMemberForm {
  const roleId = findRole(context, context.defaults.roleId)?.id ?? findRole(context, 'org_user')?.id ?? '';
  const knownGroups = new Set((context.groups ?? []).map((group) => group.id));
  return {
    accountKind: 'builtin',
    firstName: '',
    lastName: '',
    email: '',
    username: null,
    password: '',
    idpUsername: null,
    roleId,
    userTypeId: pickUserType(context, roleId),
    groupIds: context.defaults.groupIds.filter((id) => knownGroups.has(id)),
    description: '',
  };
}

/** Changes the role and keeps the user type only if the new role may have it. */
export function withRole(form: AddMemberForm, context: AddMemberContext, roleId: string): AddMemberForm {
  return { ...form, roleId, userTypeId: pickUserType(context, roleId, form.userTypeId) };
}

/** "7 seats left", "1 seat left", "No seats left", "Unlimited seats", "Seats not reported by the portal". */
export function seatsLeftText(seatsLeft: number | null): string {
  if (seatsLeft === null) return 'Seats not reported by the portal';
  if (!Number.isFinite(seatsLeft)) return 'Unlimited seats';
  if (seatsLeft <= 0) return 'No seats left';
  return `${seatsLeft.toLocaleString('en-US')} ${seatsLeft === 1 ? 'seat' : 'seats'} left`;
}

export type PasswordRequirement = { label: string; met: boolean };

/** The policy as a checklist for the live password hint; each item is judged by `passwordShortfalls`. */
export function passwordChecklist(password: string, policy: PasswordPolicy): PasswordRequirement[] {
  const shortfalls = new Set(passwordShortfalls(password, policy));
  const items: [boolean | undefined, string, string][] = [
    [true, `At least ${policy.minLength} characters`, 'is too short'],
    [policy.requireLetter && !policy.requireUpperCase && !policy.requireLowerCase, 'A letter', 'has no letter'],
    [policy.requireUpperCase, 'An upper-case letter', 'has no upper-case letter'],
    [policy.requireLowerCase, 'A lower-case letter', 'has no lower-case letter'],
    [policy.requireDigit, 'A digit', 'has no digit'],
    [policy.requireSpecialChar, 'A symbol', 'has no symbol'],
  ];
  return items.filter(([applies]) => applies).map(([, label, shortfall]) => ({ label, met: password.length > 0 && !shortfalls.has(shortfall) }));
}
