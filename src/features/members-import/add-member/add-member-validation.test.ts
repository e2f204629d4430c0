import { describe, expect, it } from 'vitest';

import { memberImportContext } from '@/testing/fixtures/members-import/member-import-context';

import { type AddMemberForm, initialAddMemberForm } from './add-member-form';
import { fieldsWithErrors, unconfirmedUsernameText, usernameAvailability, validateAddMemberForm } from './add-member-validation';

const context = memberImportContext({ defaults: { roleId: 'org_user', userTypeId: 'creatorUT', groupIds: [] } });

const valid: AddMemberForm = {
  ...initialAddMemberForm(context),
  firstName: 'Nora',
  lastName: 'Quinn',
  email: 'nora.quinn@harborcity.example',
  password: 'Welcome.2026',
};

describe('validateAddMemberForm', () => {
  it('accepts a complete built-in member', () => {
    expect(validateAddMemberForm(valid, context)).toEqual({});
    expect(validateAddMemberForm(valid, context, { status: 'available' })).toEqual({});
  });

  it('names each missing field in words, in form order', () => {
    const errors = validateAddMemberForm(initialAddMemberForm(context), context);
    expect(errors).toEqual({
      firstName: 'First name is required.',
      lastName: 'Last name is required.',
      email: 'Email is required.',
      username: 'Username is required.',
      password: 'Password is required.',
    });
    expect(fieldsWithErrors(errors)).toEqual(['firstName', 'lastName', 'email', 'username', 'password']);
  });

  it('explains a malformed email and a username that breaks the rules', () => {
    const errors = validateAddMemberForm({ ...valid, email: 'nora@', username: 'no ra' }, context);
    expect(errors.email).toBe('Email: "nora@" is not a valid email address.');
    expect(errors.username).toBe('Username: "no ra" must be 6 to 128 characters long (it has 5).');
  });

  it('says what the password lacks and the policy, without quoting it', () => {
    const errors = validateAddMemberForm({ ...valid, password: 'secret' }, context);
    expect(errors.password).toBe('Password is too short and has no digit; it must be at least 8 characters and contain a letter and a digit.');
    expect(errors.password).not.toContain('secret"');
  });

  it('reports a taken username with an alternative', () => {
    expect(validateAddMemberForm(valid, context, { status: 'taken', alternative: 'nora.quinn2' }).username).toBe(
      'Username: nora.quinn is taken — try nora.quinn2.',
    );
    expect(validateAddMemberForm(valid, context, { status: 'taken', alternative: undefined }).username).toBe('Username: nora.quinn is taken.');
  });

  it('needs no password for an enterprise member, and allows short names', () => {
    const enterprise = { ...valid, accountKind: 'enterprise' as const, password: '', username: 'nq' };
    expect(validateAddMemberForm(enterprise, context)).toEqual({});
  });

  it('refuses a user type the role may not have, and one without seats', () => {
    expect(validateAddMemberForm({ ...valid, roleId: 'org_admin', userTypeId: 'viewerUT' }, context).userType).toBe(
      'User type: Viewer cannot be given to the Administrator role.',
    );
    const full = memberImportContext({ seats: { creatorUT: 0 } });
    expect(validateAddMemberForm(valid, full).userType).toBe('User type: no seats are left for Creator; choose another or free a seat.');
  });

  it('asks for a role and a user type when none is chosen', () => {
    const errors = validateAddMemberForm({ ...valid, roleId: '', userTypeId: '' }, context);
    expect(errors.role).toBe('Role is required: choose one.');
    expect(errors.userType).toBe('User type is required: choose one.');
  });

  it('refuses groups that are not in the organization and descriptions over 250 characters', () => {
    const errors = validateAddMemberForm({ ...valid, groupIds: ['nope'], description: 'x'.repeat(251) }, context);
    expect(errors.groups).toBe('Groups: nope no longer exist in this organization.');
    expect(errors.description).toBe('Description must be 250 characters or fewer (it has 251).');
    expect(validateAddMemberForm({ ...valid, description: 'x'.repeat(250) }, context)).toEqual({});
  });
});

describe('usernameAvailability', () => {
  const answer = (taken: string[], unconfirmed: string[] = []) => ({ taken: new Set(taken), unconfirmed: new Set(unconfirmed) });

  it('is available when the portal confirmed the name free', () => {
    expect(usernameAvailability('nora.quinn', ['nora.quinn2'], answer(['ana.lima']))).toEqual({ status: 'available' });
  });

  it('offers the first free alternative, comparing without case', () => {
    const taken = answer(['ana.lima', 'ana.lima2']);
    expect(usernameAvailability('Ana.Lima', ['Ana.Lima2', 'Ana.Lima3'], taken)).toEqual({
      status: 'taken',
      alternative: 'Ana.Lima3',
    });
    expect(usernameAvailability('ana.lima', ['ana.lima2'], taken)).toEqual({ status: 'taken', alternative: undefined });
  });

  it('is unconfirmed, not available, when the portal left the name out of its answer', () => {
    expect(usernameAvailability('Old.Name', ['old.name2'], answer([], ['old.name']))).toEqual({ status: 'unconfirmed' });
  });

  it('never offers an alternative the portal did not confirm free', () => {
    const check = answer(['ana.lima'], ['ana.lima2']);
    expect(usernameAvailability('ana.lima', ['ana.lima2', 'ana.lima3'], check)).toEqual({
      status: 'taken',
      alternative: 'ana.lima3',
    });
  });
});

describe('validateAddMemberForm when the portal reports less', () => {
  it('does not block an unconfirmed username; the field warns instead', () => {
    expect(validateAddMemberForm(valid, context, { status: 'unconfirmed' })).toEqual({});
    expect(unconfirmedUsernameText('old.name')).toBe('The portal did not confirm that old.name is free; it may be reserved by a deleted account.');
  });

  it('blocks a user type with no seat left only when the portal reported the seats', () => {
    const none = memberImportContext({ seats: { creatorUT: 0 } });
    const form = { ...valid, roleId: 'org_user', userTypeId: 'creatorUT' };
    expect(validateAddMemberForm(form, none).userType).toMatch(/no seats are left for Creator/);
    const unreported = memberImportContext({
      userTypes: (none.userTypes ?? []).map((type) => ({ ...type, seatsLeft: null })),
    });
    expect(validateAddMemberForm(form, unreported)).toEqual({});
  });

  it('does not restrict roles when the portal did not say which roles a user type allows', () => {
    const form = { ...valid, roleId: 'org_publisher', userTypeId: 'viewerUT' };
    expect(validateAddMemberForm(form, context).userType).toBe('User type: Viewer cannot be given to the Publisher role.');
    const unrestricted = memberImportContext({
      userTypes: (context.userTypes ?? []).map((type) => ({ ...type, compatibleRoleIds: null })),
    });
    expect(validateAddMemberForm(form, unrestricted)).toEqual({});
  });

  it('makes the user type optional when the portal listed none', () => {
    const noTypes = memberImportContext({ userTypes: null, defaults: { roleId: 'org_user', userTypeId: '', groupIds: [] } });
    const form = { ...initialAddMemberForm(noTypes), firstName: 'Nora', lastName: 'Quinn', email: 'nora.quinn@harborcity.example', password: 'Welcome.2026' };
    expect(form.userTypeId).toBe('');
    expect(validateAddMemberForm(form, noTypes)).toEqual({});
    expect(validateAddMemberForm({ ...form, userTypeId: '' }, context).userType).toBe('User type is required: choose one.');
  });
});
