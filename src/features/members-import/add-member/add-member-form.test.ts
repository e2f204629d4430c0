import { describe, expect, it } from 'vitest';

import { everyoneGroupId, memberImportContext } from '@/testing/fixtures/members-import/member-import-context';

import {
  type AddMemberForm,
  compatibleUserTypes,
  effectiveIdpUsername,
  effectiveUsername,
  initialAddMemberForm,
  passwordChecklist,
  pickUserType,
  seatsLeftText,
  suggestUsername,
  usernameAlternatives,
  withRole,
} from './add-member-form';

const context = memberImportContext({
  defaults: { roleId: 'org_user', userTypeId: 'creatorUT', groupIds: [everyoneGroupId, 'gone-group'] },
});

describe('suggestUsername', () => {
  it('takes the local part of the email, lower-cased', () => {
    expect(suggestUsername('Ana.Lima@harborcity.example', 'builtin')).toBe('ana.lima');
  });

  it('drops accents and characters a built-in name may not use', () => {
    expect(suggestUsername('zoë.o’brien+gis@example.org', 'builtin')).toBe('zoe.obriengis');
    expect(suggestUsername('  josé.núñez@example.org ', 'builtin')).toBe('jose.nunez');
  });

  it('lengthens a short name with the domain so it meets the built-in minimum', () => {
    expect(suggestUsername('jo@harborcity.example', 'builtin')).toBe('jo_harborcity');
  });

  it('keeps letters of any script for enterprise names, which have no minimum', () => {
    expect(suggestUsername('Søren@corp.example', 'enterprise')).toBe('søren');
    expect(suggestUsername('jo@corp.example', 'enterprise')).toBe('jo');
  });

  it('suggests nothing until there is a local part', () => {
    expect(suggestUsername('', 'builtin')).toBe('');
    expect(suggestUsername('@example.org', 'builtin')).toBe('');
  });

  it('works while the email is still being typed', () => {
    expect(suggestUsername('ana.li', 'builtin')).toBe('ana.li');
  });

  it('stays within the length limit', () => {
    expect(suggestUsername(`${'a'.repeat(200)}@example.org`, 'builtin')).toHaveLength(128);
  });

  it('on ArcGIS Enterprise follows its built-in rule: `_` as the only separator, at most 24 characters', () => {
    expect(suggestUsername('Nora.Quinn-Ortiz@harborcity.example', 'builtin', 'enterprise')).toBe('nora_quinn_ortiz');
    expect(suggestUsername('jo@harborcity.example', 'builtin', 'enterprise')).toBe('jo_harborcity');
    expect(suggestUsername(`${'a'.repeat(40)}@example.org`, 'builtin', 'enterprise')).toHaveLength(24);
    expect(usernameAlternatives('x'.repeat(24), 'builtin', 'enterprise', 1)).toEqual([`${'x'.repeat(23)}2`]);
  });
});

describe('usernameAlternatives', () => {
  it('numbers the name from 2', () => {
    expect(usernameAlternatives('ana.lima', 'builtin', 'online', 3)).toEqual(['ana.lima2', 'ana.lima3', 'ana.lima4']);
  });

  it('shortens a name at the limit so the number fits', () => {
    const [first] = usernameAlternatives('x'.repeat(128), 'builtin', 'online', 1);
    expect(first).toHaveLength(128);
    expect(first?.endsWith('x2')).toBe(true);
  });
});

describe('effective usernames', () => {
  const form: AddMemberForm = { ...initialAddMemberForm(context), email: 'Ana.Lima@harborcity.example' };

  it('use the suggestion until the admin types a username', () => {
    expect(effectiveUsername(form)).toBe('ana.lima');
    expect(effectiveUsername({ ...form, username: ' alima01 ' })).toBe('alima01');
    expect(effectiveUsername({ ...form, username: '' })).toBe('');
  });

  it('default the IdP username to the username', () => {
    const enterprise = { ...form, accountKind: 'enterprise' as const, username: 'alima' };
    expect(effectiveIdpUsername(enterprise)).toBe('alima');
    expect(effectiveIdpUsername({ ...enterprise, idpUsername: 'ana.lima@corp' })).toBe('ana.lima@corp');
  });
});

describe('initialAddMemberForm', () => {
  it('prefills the new member defaults and drops groups that no longer exist', () => {
    expect(initialAddMemberForm(context)).toMatchObject({
      accountKind: 'builtin',
      username: null,
      password: '',
      roleId: 'org_user',
      userTypeId: 'creatorUT',
      groupIds: [everyoneGroupId],
    });
  });

  it('falls back to a compatible type with seats when the default has none', () => {
    const full = memberImportContext({
      defaults: { roleId: 'org_user', userTypeId: 'creatorUT', groupIds: [] },
      seats: { creatorUT: 0 },
    });
    expect(initialAddMemberForm(full).userTypeId).toBe('editorUT');
  });

  it('uses User when the default role is unknown', () => {
    const odd = memberImportContext({ defaults: { roleId: 'nope', userTypeId: '', groupIds: [] } });
    expect(initialAddMemberForm(odd).roleId).toBe('org_user');
  });
});

describe('user types for a role', () => {
  it('lists only compatible types', () => {
    expect(compatibleUserTypes(context, 'org_admin').map((type) => type.id)).toEqual(['creatorUT', 'GISProfessionalAdvUT']);
    expect(compatibleUserTypes(context, 'iAAAAAAAAAAAAAAA')).toHaveLength(4);
  });

  it('keeps the current type when the new role allows it', () => {
    const form = { ...initialAddMemberForm(context), userTypeId: 'GISProfessionalAdvUT' };
    expect(withRole(form, context, 'org_admin').userTypeId).toBe('GISProfessionalAdvUT');
  });

  it('switches to the default, then the first compatible type with seats, when it does not', () => {
    const form = { ...initialAddMemberForm(context), roleId: 'iAAAAAAAAAAAAAAA', userTypeId: 'viewerUT' };
    expect(withRole(form, context, 'org_publisher')).toMatchObject({ roleId: 'org_publisher', userTypeId: 'creatorUT' });
    const noCreators = memberImportContext({ seats: { creatorUT: 0 } });
    expect(pickUserType(noCreators, 'org_admin', 'viewerUT')).toBe('GISProfessionalAdvUT');
  });

  it('picks a compatible type without seats only when none has any (validation then says so)', () => {
    const none = memberImportContext({ seats: { creatorUT: 0, GISProfessionalAdvUT: 0 } });
    expect(pickUserType(none, 'org_admin')).toBe('creatorUT');
    expect(pickUserType(none, 'no-such-role')).toBe('');
  });
});

describe('seatsLeftText', () => {
  it.each([
    [7, '7 seats left'],
    [1, '1 seat left'],
    [0, 'No seats left'],
    [1200, '1,200 seats left'],
    [Number.POSITIVE_INFINITY, 'Unlimited seats'],
    [null, 'Seats not reported by the portal'],
  ])('%d → %s', (seats, text) => {
    expect(seatsLeftText(seats)).toBe(text);
  });
});

describe('user types when the portal reports less', () => {
  const unrestricted = memberImportContext({
    userTypes: (context.userTypes ?? []).map((type) => ({ ...type, compatibleRoleIds: null, seatsLeft: null })),
    defaults: { roleId: 'org_user', userTypeId: 'creatorUT', groupIds: [] },
  });

  it('offers every type for every role when the portal did not say which roles a type allows', () => {
    expect(compatibleUserTypes(unrestricted, 'org_admin')).toHaveLength(4);
  });

  it('keeps the default type, and never picks a type by guess when there is no default', () => {
    expect(pickUserType(unrestricted, 'org_admin')).toBe('creatorUT');
    const noDefault = { ...unrestricted, defaults: { ...unrestricted.defaults, userTypeId: '' } };
    expect(pickUserType(noDefault, 'org_admin')).toBe('');
    expect(pickUserType(noDefault, 'org_admin', 'viewerUT')).toBe('viewerUT');
  });

  it('treats unreported seats as available (the portal decides)', () => {
    expect(pickUserType(unrestricted, 'org_user', 'editorUT')).toBe('editorUT');
  });

  it('starts with no user type and no groups when the portal listed neither', () => {
    const bare = memberImportContext({ userTypes: null, groups: null, defaults: { roleId: 'org_user', userTypeId: '', groupIds: ['g1'] } });
    expect(initialAddMemberForm(bare)).toMatchObject({ roleId: 'org_user', userTypeId: '', groupIds: [] });
  });
});

describe('passwordChecklist', () => {
  const policy = { minLength: 8, requireLetter: true, requireDigit: true };

  it('lists the policy, nothing met while empty', () => {
    expect(passwordChecklist('', policy)).toEqual([
      { label: 'At least 8 characters', met: false },
      { label: 'A letter', met: false },
      { label: 'A digit', met: false },
    ]);
  });

  it('ticks each requirement as it is met', () => {
    expect(passwordChecklist('abc1', policy).map((item) => item.met)).toEqual([false, true, true]);
    expect(passwordChecklist('Welcome.2026', policy).every((item) => item.met)).toBe(true);
  });

  it('names case and symbol requirements when the policy has them', () => {
    const strict = { ...policy, requireUpperCase: true, requireLowerCase: true, requireSpecialChar: true };
    expect(passwordChecklist('welcome2026', strict)).toEqual([
      { label: 'At least 8 characters', met: true },
      { label: 'An upper-case letter', met: false },
      { label: 'A lower-case letter', met: true },
      { label: 'A digit', met: true },
      { label: 'A symbol', met: false },
    ]);
  });
});
