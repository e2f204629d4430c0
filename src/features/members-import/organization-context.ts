// Relative imports only: scripts/check-members.ts runs this file under plain tsx, without the `@/` alias.
import { builtInRoleLabels } from '../../lib/arcgis/role-labels';
import { defaultPasswordPolicy } from './member-field-rules';
import type { BaseRole, ImportRole, ImportUserType, MemberImportContext, PasswordPolicy } from './types';

/** What validation needs to know about an organization, apart from the account kind and who already exists. */
export type OrganizationContext = Omit<
  MemberImportContext,
  'accountKind' | 'existingUsernames' | 'pendingInvitations' | 'excludedLines' | 'requiredFields'
>;

/** The portal's answers the context is built from, as they come over the wire. */
export type OrganizationAnswers = {
  roles: readonly { id: string; name: string; privileges?: readonly string[] }[];
  userTypes: readonly { id: string; name: string; availableUsers?: number; compatibleRoles?: readonly string[] }[];
  groups: readonly { id: string; title: string }[];
  defaults: { role?: string; userLicenseType?: string; groups?: readonly string[] };
  passwordPolicy: PasswordPolicy;
};

/** `portals/self` → `passwordPolicy` as the portal documents it (counts of each kind of character). */
export type PortalPasswordPolicy = {
  minLength?: number;
  minLetter?: number;
  minDigit?: number;
  minUpper?: number;
  minLower?: number;
  minOther?: number;
};

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

/** The portal's password policy as validation reads it; missing counts take the documented defaults. */
export function passwordPolicyFrom(policy: PortalPasswordPolicy | undefined): PasswordPolicy {
  if (!policy) return defaultPasswordPolicy;
  return {
    minLength: policy.minLength ?? defaultPasswordPolicy.minLength,
    requireLetter: (policy.minLetter ?? 1) > 0,
    requireDigit: (policy.minDigit ?? 1) > 0,
    requireUpperCase: (policy.minUpper ?? 0) > 0,
    requireLowerCase: (policy.minLower ?? 0) > 0,
    requireSpecialChar: (policy.minOther ?? 0) > 0,
  };
}

/** Roles (built-in + listed), user types with seats left (least capable first), groups and new member defaults. */
export function toOrganizationContext(answers: OrganizationAnswers): OrganizationContext {
  const builtIns = baseRoles();
  const builtInIds = new Set(builtIns.map((role) => role.id));
  const roles: ImportRole[] = [
    ...builtIns,
    ...answers.roles
      .filter((role) => !builtInIds.has(role.id))
      .map((role) => ({ id: role.id, name: role.name, role: baseRoleOf(role.privileges) })),
  ];
  const userTypes: ImportUserType[] = answers.userTypes
    .map((type) => ({
      id: type.id,
      name: type.name,
      seatsLeft: type.availableUsers ?? Number.POSITIVE_INFINITY,
      compatibleRoleIds: type.compatibleRoles ?? roles.map((role) => role.id),
    }))
    // Least capable first: an empty User Type cell takes the first compatible type.
    .sort((a, b) => a.compatibleRoleIds.length - b.compatibleRoleIds.length);
  return {
    roles,
    userTypes,
    groups: answers.groups.map((group) => ({ id: group.id, title: group.title })),
    defaults: {
      roleId: answers.defaults.role ?? 'org_user',
      userTypeId: answers.defaults.userLicenseType ?? '',
      groupIds: [...(answers.defaults.groups ?? [])],
    },
    passwordPolicy: answers.passwordPolicy,
  };
}
