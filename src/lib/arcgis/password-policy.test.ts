import { describe, expect, it } from 'vitest';

import { defaultPasswordPolicy, describePasswordPolicy, passwordPolicyFrom, passwordShortfalls } from './password-policy';

describe('password policy', () => {
  it('applies the default: 8 characters with a letter and a digit', () => {
    expect(passwordShortfalls('Welcome.2026', defaultPasswordPolicy)).toEqual([]);
    expect(passwordShortfalls('short', defaultPasswordPolicy)).toEqual(['is too short', 'has no digit']);
    expect(passwordShortfalls('nodigitshere', defaultPasswordPolicy)).toEqual(['has no digit']);
    expect(passwordShortfalls('12345678', defaultPasswordPolicy)).toEqual(['has no letter']);
    expect(describePasswordPolicy(defaultPasswordPolicy)).toBe('must be at least 8 characters and contain a letter and a digit');
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
    expect(describePasswordPolicy(policy)).toBe('must be at least 10 characters and contain an upper-case letter, a lower-case letter, a digit and a symbol');
    expect(describePasswordPolicy({ minLength: 6, requireLetter: false, requireDigit: false })).toBe('must be at least 6 characters');
  });
});

describe('passwordPolicyFrom', () => {
  it('reads the portal counts, defaulting what is missing', () => {
    expect(passwordPolicyFrom(undefined)).toEqual(defaultPasswordPolicy);
    expect(passwordPolicyFrom({ minLength: 12, minUpper: 1, minDigit: 0 })).toEqual({
      minLength: 12,
      requireLetter: true,
      requireDigit: false,
      requireUpperCase: true,
      requireLowerCase: false,
      requireSpecialChar: false,
    });
  });
});
