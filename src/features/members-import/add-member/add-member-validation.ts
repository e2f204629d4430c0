import {
  type AddMemberContext,
  type AddMemberForm,
  compatibleUserTypes,
  effectiveIdpUsername,
  effectiveUsername,
  findRole,
  findUserType,
} from './add-member-form';
import { describePasswordPolicy, descriptionMaxLength, isValidEmail, joinWithAnd, passwordShortfalls, usernameProblems } from '../core/member-field-rules';

export type AddMemberField = 'firstName' | 'lastName' | 'email' | 'username' | 'password' | 'idpUsername' | 'role' | 'userType' | 'groups' | 'description';

/** The visible label of each field; every message starts with it so it reads on its own. */
export const addMemberFieldLabels: Record<AddMemberField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  username: 'Username',
  password: 'Password',
  idpUsername: 'IdP username',
  role: 'Role',
  userType: 'User type',
  groups: 'Groups',
  description: 'Description',
};

/** Field order on the form, so the first problem can be focused and listed first. */
export const addMemberFieldOrder: readonly AddMemberField[] = [
  'firstName',
  'lastName',
  'email',
  'username',
  'password',
  'idpUsername',
  'role',
  'userType',
  'groups',
  'description',
];

export type AddMemberErrors = Partial<Record<AddMemberField, string>>;

/**
 * What `community/checkUsernames` said about the username now in the form. `unconfirmed`: the answer left the name
 * out, so it is not known to be free (a deleted account may have reserved it); the portal decides on submit.
 */
export type UsernameAvailability = { status: 'available' } | { status: 'unconfirmed' } | { status: 'taken'; alternative: string | undefined };

/** The warning for a username `community/checkUsernames` did not confirm. */
export function unconfirmedUsernameText(username: string): string {
  return `The portal did not confirm that ${username} is free; it may be reserved by a deleted account.`;
}

/**
 * The answer for `username`, given which of it and its `alternatives` the portal reported taken or left out
 * (lower-case, as `fetchTakenUsernames` answers): the first alternative confirmed free is offered.
 */
export function usernameAvailability(
  username: string,
  alternatives: readonly string[],
  check: { taken: ReadonlySet<string>; unconfirmed: ReadonlySet<string> },
): UsernameAvailability {
  const key = username.toLowerCase();
  if (check.unconfirmed.has(key)) return { status: 'unconfirmed' };
  if (!check.taken.has(key)) return { status: 'available' };
  const isFree = (candidate: string) => !check.taken.has(candidate.toLowerCase()) && !check.unconfirmed.has(candidate.toLowerCase());
  return { status: 'taken', alternative: alternatives.find(isFree) };
}

/**
 * Every problem on the form, one message a field, each naming the field in words ("Email: …", "Password is too
 * short …"). Password messages never quote the password.
 */
export function validateAddMemberForm(form: AddMemberForm, context: AddMemberContext, availability?: UsernameAvailability): AddMemberErrors {
  const errors: AddMemberErrors = {};
  const required = (field: AddMemberField, value: string) => {
    if (!value.trim()) errors[field] = `${addMemberFieldLabels[field]} is required.`;
    return Boolean(value.trim());
  };

  required('firstName', form.firstName);
  required('lastName', form.lastName);
  if (required('email', form.email) && !isValidEmail(form.email.trim())) {
    errors.email = `Email: "${form.email.trim()}" is not a valid email address.`;
  }

  const username = effectiveUsername(form, context.portalKind);
  if (required('username', username)) {
    const [problem] = usernameProblems(username, form.accountKind, context.portalKind);
    if (problem) errors.username = `Username: ${problem}.`;
    else if (availability?.status === 'taken') errors.username = takenMessage(username, availability.alternative);
  }

  if (form.accountKind === 'builtin') {
    if (required('password', form.password)) {
      const shortfalls = passwordShortfalls(form.password, context.passwordPolicy);
      if (shortfalls.length > 0) {
        errors.password = `Password ${joinWithAnd(shortfalls)}; it ${describePasswordPolicy(context.passwordPolicy)}.`;
      }
    }
  } else {
    const idpUsername = effectiveIdpUsername(form, context.portalKind);
    if (idpUsername.length > 256) errors.idpUsername = 'IdP username must be 256 characters or fewer.';
  }

  const role = findRole(context, form.roleId);
  if (!role) errors.role = 'Role is required: choose one.';
  // The portal listed no user types: the field is optional and the member goes without one (the portal decides).
  const userType = findUserType(context, form.userTypeId);
  if (context.userTypes === null) {
    // Nothing to check against; but DOC create-user requires `userLicenseTypeId`, so Enterprise cannot go without one.
    if (context.portalKind === 'enterprise' && !form.userTypeId.trim()) {
      errors.userType = 'User type: the portal did not list its user types, and ArcGIS Enterprise needs one for every new account.';
    }
  } else if (!userType) {
    errors.userType =
      role && compatibleUserTypes(context, role.id).length === 0
        ? `User type: no user type of this organization can be given to the ${role.name} role.`
        : 'User type is required: choose one.';
  } else if (role && userType.compatibleRoleIds !== null && !userType.compatibleRoleIds.includes(role.id)) {
    errors.userType = `User type: ${userType.name} cannot be given to the ${role.name} role.`;
  } else if (userType.seatsLeft !== null && userType.seatsLeft <= 0) {
    // Only seats the portal reported can block; unknown seats are the portal's to refuse.
    errors.userType = `User type: no seats are left for ${userType.name}; choose another or free a seat.`;
  }

  const knownGroups = new Set((context.groups ?? []).map((group) => group.id));
  const unknown = form.groupIds.filter((id) => !knownGroups.has(id));
  if (unknown.length > 0) errors.groups = `Groups: ${unknown.join(', ')} no longer exist in this organization.`;

  const { length } = form.description;
  if (length > descriptionMaxLength) {
    errors.description = `Description must be ${descriptionMaxLength} characters or fewer (it has ${length}).`;
  }
  return errors;
}

export function takenMessage(username: string, alternative: string | undefined): string {
  return `Username: ${username} is taken${alternative ? ` — try ${alternative}` : ''}.`;
}

/** The fields with a problem, in form order. */
export function fieldsWithErrors(errors: AddMemberErrors): AddMemberField[] {
  return addMemberFieldOrder.filter((field) => errors[field]);
}
