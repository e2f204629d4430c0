import { describe, expect, it } from 'vitest';

import { everyoneGroupId, fieldCrewGroupId, memberImportContext } from '@/testing/fixtures/members-import/member-import-context';

import { type AddMemberForm, initialAddMemberForm } from './add-member-form';
import { acceptedOutcomeKind, addMemberInvitation, explainRefusal, reviewLines } from './add-member-invitation';

const context = memberImportContext({
  defaults: { roleId: 'org_user', userTypeId: 'creatorUT', groupIds: [everyoneGroupId] },
  seats: { creatorUT: 7 },
});

const form: AddMemberForm = {
  ...initialAddMemberForm(context),
  firstName: ' Nora ',
  lastName: 'Quinn',
  email: 'nora.quinn@harborcity.example',
  password: 'Welcome.2026',
  groupIds: [everyoneGroupId, fieldCrewGroupId],
};

describe('addMemberInvitation', () => {
  it('sends a built-in member with the password, the suggested username and the group ids', () => {
    expect(addMemberInvitation(form)).toEqual({
      username: 'nora.quinn',
      password: 'Welcome.2026',
      firstname: 'Nora',
      lastname: 'Quinn',
      fullname: 'Nora Quinn',
      email: 'nora.quinn@harborcity.example',
      role: 'org_user',
      userLicenseType: 'creatorUT',
      groups: `${everyoneGroupId},${fieldCrewGroupId}`,
      targetUserProvider: 'arcgis',
    });
  });

  it('sends an enterprise member without a password, with the IdP username', () => {
    const enterprise = addMemberInvitation({ ...form, accountKind: 'enterprise', username: 'nquinn' });
    expect(enterprise).not.toHaveProperty('password');
    expect(enterprise).toMatchObject({ username: 'nquinn', targetUserProvider: 'enterprise', idpUsername: 'nquinn' });
    const named = addMemberInvitation({ ...form, accountKind: 'enterprise', idpUsername: 'nora@corp.example' });
    expect(named.idpUsername).toBe('nora@corp.example');
  });

  it('sends a description only when there is one', () => {
    expect(addMemberInvitation({ ...form, description: '  Parks crew lead ' }).description).toBe('Parks crew lead');
    expect(addMemberInvitation(form)).not.toHaveProperty('description');
  });
});

describe('reviewLines', () => {
  it('shows every value sent by name (no ids), the password only as set (hidden)', () => {
    const lines = reviewLines(addMemberInvitation(form), context);
    expect(lines).toEqual([
      { label: 'Account', value: 'Built-in (username and password)' },
      { label: 'First name', value: 'Nora' },
      { label: 'Last name', value: 'Quinn' },
      { label: 'Full name', value: 'Nora Quinn' },
      { label: 'Email', value: 'nora.quinn@harborcity.example' },
      { label: 'Username', value: 'nora.quinn' },
      { label: 'Password', value: 'set (hidden)' },
      { label: 'Role', value: 'User' },
      { label: 'User type', value: 'Creator (7 seats left)' },
      { label: 'Groups', value: 'Everyone, Field Crew' },
      { label: 'Description', value: 'None' },
    ]);
    expect(JSON.stringify(lines)).not.toContain('Welcome.2026');
  });

  it('shows the IdP username instead of a password for enterprise members', () => {
    const lines = reviewLines(addMemberInvitation({ ...form, accountKind: 'enterprise', groupIds: [] }), context);
    expect(lines.map((line) => line.label)).not.toContain('Password');
    expect(lines).toContainEqual({ label: 'IdP username', value: 'nora.quinn' });
    expect(lines).toContainEqual({ label: 'Groups', value: 'None' });
  });
});

describe('explainRefusal', () => {
  const invitation = addMemberInvitation(form);
  const free = { taken: false, pendingInvitation: false, seatsLeft: 3 };

  it('says the username is taken and offers a free one', () => {
    expect(explainRefusal(invitation, context, { ...free, taken: true, alternative: 'nora.quinn2' })).toBe(
      'The username nora.quinn is already taken. Try nora.quinn2, or another name.',
    );
  });

  it('says a pending invitation holds the name', () => {
    expect(explainRefusal(invitation, context, { ...free, pendingInvitation: true })).toContain('pending invitation');
  });

  it('says the user type has no seats left, or is gone', () => {
    expect(explainRefusal(invitation, context, { ...free, seatsLeft: 0 })).toBe(
      'No seats are left for the Creator user type. Choose another user type, or free a seat and try again.',
    );
    expect(explainRefusal(invitation, context, { ...free, seatsLeft: undefined })).toContain('no longer available');
  });

  it('otherwise quotes the values the portal refused, never the password', () => {
    const reason = explainRefusal(invitation, context, free);
    expect(reason).toContain('without giving a reason');
    expect(reason).toContain('email nora.quinn@harborcity.example, role User (org_user), user type Creator (creatorUT)');
    expect(reason).not.toContain('Welcome.2026');
  });
});

describe('explainRefusal when the portal reports less', () => {
  const invitation = addMemberInvitation(form);
  const free = { taken: false, pendingInvitation: false, seatsLeft: 3 };

  it('never claims seats the portal did not report', () => {
    const reason = explainRefusal(invitation, context, { ...free, seatsLeft: null });
    expect(reason).not.toContain('has seats');
    expect(reason).toContain('the portal did not report the seats left for Creator, so check that one is free');
  });

  it('says an unconfirmed username may be reserved by a deleted account', () => {
    expect(explainRefusal(invitation, context, { ...free, unconfirmed: true })).toBe(
      'The portal did not confirm that nora.quinn is free; it may be reserved by a deleted account. Choose another name.',
    );
  });

  it('does not call a user type gone when the portal listed none and none was sent', () => {
    const noTypes = memberImportContext({ userTypes: null, defaults: { roleId: 'org_user', userTypeId: '', groupIds: [] } });
    const bare = addMemberInvitation({ ...form, userTypeId: '' });
    expect(bare).not.toHaveProperty('userLicenseType');
    const reason = explainRefusal(bare, noTypes, { ...free, seatsLeft: undefined });
    expect(reason).not.toContain('no longer available');
    expect(reason).toContain('no user type was sent');
  });
});

describe('reviewLines without a user type', () => {
  it('says none is sent and the portal decides', () => {
    const lines = reviewLines(addMemberInvitation({ ...form, userTypeId: '' }), context);
    expect(lines).toContainEqual({ label: 'User type', value: 'None sent (the portal decides)' });
  });

  it('shows seats the portal did not report as such', () => {
    const unreported = memberImportContext({
      userTypes: (context.userTypes ?? []).map((type) => ({ ...type, seatsLeft: null })),
    });
    expect(reviewLines(addMemberInvitation(form), unreported)).toContainEqual({
      label: 'User type',
      value: 'Creator (seats not reported by the portal)',
    });
  });
});

describe('acceptedOutcomeKind', () => {
  it('follows what the portal did: an account now is "added", none is "invited", an unanswered check is unconfirmed', () => {
    expect(acceptedOutcomeKind(true)).toBe('added');
    expect(acceptedOutcomeKind(false)).toBe('invited');
    expect(acceptedOutcomeKind(null)).toBe('unconfirmed');
  });
});
