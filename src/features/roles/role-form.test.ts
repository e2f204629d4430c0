import { describe, expect, it } from 'vitest';

import { diffPrivileges, hasRoleFormErrors, validateRoleForm } from './role-form';

const valid = { name: 'Field Supervisor', description: 'Reviews edits', privileges: ['portal:user:joinGroup'] };

describe('validateRoleForm', () => {
  it('accepts a valid role', () => {
    expect(validateRoleForm(valid, ['Help Desk'])).toEqual({});
    expect(hasRoleFormErrors(validateRoleForm(valid, []))).toBe(false);
  });
  it('needs a name of at most 128 characters', () => {
    expect(validateRoleForm({ ...valid, name: '   ' }, []).name).toBe('Enter a name for the role.');
    expect(validateRoleForm({ ...valid, name: 'x'.repeat(128) }, []).name).toBeUndefined();
    expect(validateRoleForm({ ...valid, name: 'x'.repeat(129) }, []).name).toBe('Name is 129 characters; the portal allows 128.');
  });
  it('refuses a name another role or a default role has, in any case', () => {
    expect(validateRoleForm({ ...valid, name: 'help desk' }, ['Help Desk']).name).toBe('A role named “help desk” already exists.');
    expect(validateRoleForm({ ...valid, name: 'Publisher' }, []).name).toBe('“Publisher” is the name of a default role.');
    expect(validateRoleForm({ ...valid, name: 'Data Editor' }, []).name).toMatch(/default role/);
  });
  it('allows a description of at most 250 characters', () => {
    expect(validateRoleForm({ ...valid, description: 'd'.repeat(250) }, []).description).toBeUndefined();
    expect(validateRoleForm({ ...valid, description: 'd'.repeat(251) }, []).description).toBe('Description is 251 characters; the portal allows 250.');
  });
  it('needs at least one privilege', () => {
    const errors = validateRoleForm({ ...valid, privileges: [] }, []);
    expect(errors).toEqual({ privileges: 'Choose at least one privilege.' });
    expect(hasRoleFormErrors(errors)).toBe(true);
  });
});

describe('diffPrivileges', () => {
  it('lists what saving adds and removes', () => {
    expect(diffPrivileges(['a', 'b'], ['b', 'c'])).toEqual({ added: ['c'], removed: ['a'] });
    expect(diffPrivileges(['a'], ['a'])).toEqual({ added: [], removed: [] });
  });
});
