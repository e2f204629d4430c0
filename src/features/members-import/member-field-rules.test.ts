import { describe, expect, it } from 'vitest';

import {
  defaultPasswordPolicy,
  describePasswordPolicy,
  isValidEmail,
  passwordShortfalls,
  usernameProblems,
} from './member-field-rules';

describe('usernameProblems', () => {
  it.each(['jcho11', 'alopez01', 'first.last@example.org', 'a-b_c.d', 'x'.repeat(128)])('accepts built-in %j', (name) => {
    expect(usernameProblems(name, 'builtin')).toEqual([]);
  });

  it('refuses built-in names that are too short or too long', () => {
    expect(usernameProblems('bng', 'builtin')).toEqual(['"bng" must be 6 to 128 characters long (it has 3)']);
    expect(usernameProblems('x'.repeat(129), 'builtin')).toHaveLength(1);
  });

  it('names the characters a built-in name may not use', () => {
    expect(usernameProblems('dev shah!', 'builtin')).toEqual([
      '"dev shah!" may contain only letters, digits and @ . - _ (not: space !)',
    ]);
    expect(usernameProblems('josé.lima', 'builtin')).toEqual([
      '"josé.lima" may contain only letters, digits and @ . - _ (not: é)',
    ]);
    expect(usernameProblems('domain\\jcho11', 'builtin')).toHaveLength(1);
  });

  const enterpriseNames = ['domain\\jcho11', 'jcho111@DOMAIN', 'rsmith@domain.com', 'bob', 'josé.lima'];
  it.each(enterpriseNames)('accepts enterprise %j', (name) => {
    expect(usernameProblems(name, 'enterprise')).toEqual([]);
  });

  it('refuses malformed enterprise names', () => {
    expect(usernameProblems('\\jcho', 'enterprise')).toEqual([
      '"\\jcho" must be written domain\\name, with one \\ between two parts',
    ]);
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

  it.each(['ben.ng@example', 'ana', 'a@@b.org', 'a b@c.org', 'a@b..org', 'a@b.org;c@d.org', '@b.org', 'a@.org'])(
    'refuses %j',
    (email) => {
      expect(isValidEmail(email)).toBe(false);
    },
  );
});

describe('password policy', () => {
  it('applies the default: 8 characters with a letter and a digit', () => {
    expect(passwordShortfalls('Welcome.2026', defaultPasswordPolicy)).toEqual([]);
    expect(passwordShortfalls('short', defaultPasswordPolicy)).toEqual(['is too short', 'has no digit']);
    expect(passwordShortfalls('nodigitshere', defaultPasswordPolicy)).toEqual(['has no digit']);
    expect(passwordShortfalls('12345678', defaultPasswordPolicy)).toEqual(['has no letter']);
    expect(describePasswordPolicy(defaultPasswordPolicy)).toBe(
      'must be at least 8 characters and contain a letter and a digit',
    );
  });

  it('applies and describes a stricter organization policy', () => {
    const policy = {
      ...defaultPasswordPolicy,
      minLength: 10,
      requireUpperCase: true,
      requireLowerCase: true,
      requireSpecialChar: true,
    };
    expect(passwordShortfalls('WELCOME.2026', policy)).toEqual(['has no lower-case letter']);
    expect(passwordShortfalls('welcome2026x', policy)).toEqual(['has no upper-case letter', 'has no symbol']);
    expect(passwordShortfalls('Welcome.2026', policy)).toEqual([]);
    expect(describePasswordPolicy(policy)).toBe(
      'must be at least 10 characters and contain an upper-case letter, a lower-case letter, a digit and a symbol',
    );
    expect(describePasswordPolicy({ minLength: 6, requireLetter: false, requireDigit: false })).toBe(
      'must be at least 6 characters',
    );
  });
});

describe('usernameProblems on ArcGIS Enterprise', () => {
  it('holds built-in names to 6–24 letters, digits and underscores', () => {
    expect(usernameProblems('a'.repeat(25), 'builtin', 'enterprise')).toEqual([`"${'a'.repeat(25)}" must be 6 to 24 characters long on ArcGIS Enterprise (it has 25)`]);
    expect(usernameProblems('bad-user.name', 'builtin', 'enterprise')).toEqual(['"bad-user.name" may contain only letters, digits and _ on ArcGIS Enterprise (not: - .)']);
    expect(usernameProblems('good_user_24', 'builtin', 'enterprise')).toEqual([]);
  });

  it('leaves ArcGIS Online and enterprise logins to their own rules', () => {
    expect(usernameProblems('bad-user.name', 'builtin', 'online')).toEqual([]);
    expect(usernameProblems('a'.repeat(25), 'builtin')).toEqual([]);
    expect(usernameProblems('HARBOR\\j-smith.x', 'enterprise', 'enterprise')).toEqual([]);
  });
});
