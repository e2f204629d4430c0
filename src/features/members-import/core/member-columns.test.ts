import { describe, expect, it } from 'vitest';

import { accountKindOfFormat, fieldForHeader, memberFieldLabels, normalizeHeader } from './member-columns';

describe('header aliases', () => {
  it.each([
    ['E-mail', 'email'],
    ['Email Address', 'email'],
    ['user name', 'username'],
    ['USERNAME', 'username'],
    ['FirstName', 'firstName'],
    ['first_name', 'firstName'],
    ['Last_Name', 'lastName'],
    ['Surname', 'lastName'],
    ['User Type', 'userType'],
    ['usertype', 'userType'],
    ['License Type', 'userType'],
    ['userLicenseType', 'userType'],
    ['Groups', 'groups'],
    ['  Role  ', 'role'],
    ['Email (required)', 'email'],
    ['account', 'username'],
    ['login', 'username'],
    ['name', 'fullName'],
    ['idpUsername', 'idpUsername'],
  ] as const)('%j names %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('names no field for unrelated headers', () => {
    expect(fieldForHeader('Department')).toBeUndefined();
    expect(fieldForHeader('')).toBeUndefined();
  });

  it('normalises accents, punctuation and notes away', () => {
    expect(normalizeHeader(' Prénom-Nom (optional) ')).toBe('prenomnom');
  });
});

describe('member columns', () => {
  it('labels every field for messages', () => {
    expect(memberFieldLabels.userType).toBe('User type');
    expect(memberFieldLabels.idpUsername).toBe('IdP username');
  });

  it('derives the account kind from the format', () => {
    expect(accountKindOfFormat('builtin')).toBe('builtin');
    expect(accountKindOfFormat('createusers-builtin')).toBe('builtin');
    expect(accountKindOfFormat('saml')).toBe('enterprise');
    expect(accountKindOfFormat('createusers-enterprise')).toBe('enterprise');
  });
});
