import { describe, expect, it } from 'vitest';

import { emptyMemberMapping, matchMemberHeaders, missingRequiredFields } from './match-member-headers';

describe('matchMemberHeaders', () => {
  it('maps the built-in headers and finds nothing missing', () => {
    const match = matchMemberHeaders(['First Name', 'Last Name', 'Email', 'Username', 'Password', 'Role'], 'builtin');
    expect(match.mapping).toEqual({
      ...emptyMemberMapping(),
      firstName: 0,
      lastName: 1,
      email: 2,
      username: 3,
      password: 4,
      role: 5,
    });
    expect(match.unknownHeaders).toEqual([]);
    expect(match.missingRequired).toEqual([]);
  });

  it('lists unknown and repeated headers with their index, and missing required fields', () => {
    const match = matchMemberHeaders(['E-mail', 'user name', 'Department', 'Email', 'Role'], 'builtin');
    expect(match.mapping.email).toBe(0);
    expect(match.mapping.username).toBe(1);
    expect(match.unknownHeaders).toEqual([
      { index: 2, header: 'Department' },
      { index: 3, header: 'Email' },
    ]);
    expect(match.missingRequired).toEqual(['firstName', 'lastName', 'password']);
  });

  it('accepts a Name column for first and last names, and first/last names for a Name', () => {
    expect(matchMemberHeaders(['Name', 'Email', 'Username'], 'saml').missingRequired).toEqual([]);
    const mapping = { ...emptyMemberMapping(), username: 0, email: 1, firstName: 2 };
    expect(missingRequiredFields(mapping, 'createusers-enterprise')).toEqual([]);
  });

  it('needs only Username for the enterprise format', () => {
    expect(matchMemberHeaders(['Username', 'Role'], 'enterprise').missingRequired).toEqual([]);
    expect(matchMemberHeaders(['Role'], 'enterprise').missingRequired).toEqual(['username']);
  });

  it('re-checks a mapping the user edited', () => {
    const { mapping } = matchMemberHeaders(['First', 'Last', 'Mail', 'Login', 'Secret'], 'builtin');
    expect(missingRequiredFields(mapping, 'builtin')).toEqual(['password']);
    expect(missingRequiredFields({ ...mapping, password: 4 }, 'builtin')).toEqual([]);
  });
});
