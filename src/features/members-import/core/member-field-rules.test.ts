import { describe, expect, it } from 'vitest';

import { isValidEmail, usernameProblems } from './member-field-rules';

describe('usernameProblems', () => {
  it.each(['jcho11', 'alopez01', 'first.last@example.org', 'a-b_c.d', 'x'.repeat(128)])('accepts built-in %j', (name) => {
    expect(usernameProblems(name, 'builtin')).toEqual([]);
  });

  it('refuses built-in names that are too short or too long', () => {
    expect(usernameProblems('bng', 'builtin')).toEqual(['"bng" must be 6 to 128 characters long (it has 3)']);
    expect(usernameProblems('x'.repeat(129), 'builtin')).toHaveLength(1);
  });

  it('names the characters a built-in name may not use', () => {
    expect(usernameProblems('dev shah!', 'builtin')).toEqual(['"dev shah!" may contain only letters, digits and @ . - _ (not: space !)']);
    expect(usernameProblems('josé.lima', 'builtin')).toEqual(['"josé.lima" may contain only letters, digits and @ . - _ (not: é)']);
    expect(usernameProblems('domain\\jcho11', 'builtin')).toHaveLength(1);
  });

  const enterpriseNames = ['domain\\jcho11', 'jcho111@DOMAIN', 'rsmith@domain.com', 'bob', 'josé.lima'];
  it.each(enterpriseNames)('accepts enterprise %j', (name) => {
    expect(usernameProblems(name, 'enterprise')).toEqual([]);
  });

  it('refuses malformed enterprise names', () => {
    expect(usernameProblems('\\jcho', 'enterprise')).toEqual(['"\\jcho" must be written domain\\name, with one \\ between two parts']);
    expect(usernameProblems('a\\b\\c', 'enterprise')).toHaveLength(1);
    expect(usernameProblems('j cho', 'enterprise')).toEqual([
      '"j cho" may contain only letters, digits, @ . - _ and a \\ between domain and name (not: space)',
    ]);
  });
});

describe('isValidEmail', () => {
  it.each(['ana.lopez@example.org', 'a+tag@sub.example.co.uk', 'zoë.rossi2@example.org'])('accepts %j', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each(['ben.ng@example', 'ana', 'a@@b.org', 'a b@c.org', 'a@b..org', 'a@b.org;c@d.org', '@b.org', 'a@.org'])('refuses %j', (email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});

describe('usernameProblems on ArcGIS Enterprise', () => {
  it('holds built-in names to 6–24 letters, digits and underscores', () => {
    expect(usernameProblems('a'.repeat(25), 'builtin', 'enterprise')).toEqual([
      `"${'a'.repeat(25)}" must be 6 to 24 characters long on ArcGIS Enterprise (it has 25)`,
    ]);
    expect(usernameProblems('bad-user.name', 'builtin', 'enterprise')).toEqual([
      '"bad-user.name" may contain only letters, digits and _ on ArcGIS Enterprise (not: - .)',
    ]);
    expect(usernameProblems('good_user_24', 'builtin', 'enterprise')).toEqual([]);
  });

  it('leaves ArcGIS Online and enterprise logins to their own rules', () => {
    expect(usernameProblems('bad-user.name', 'builtin', 'online')).toEqual([]);
    expect(usernameProblems('a'.repeat(25), 'builtin')).toEqual([]);
    expect(usernameProblems('HARBOR\\j-smith.x', 'enterprise', 'enterprise')).toEqual([]);
  });
});
