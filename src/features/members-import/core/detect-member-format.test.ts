import { describe, expect, it } from 'vitest';

import { detectDelimiter, detectMemberFormat } from './detect-member-format';

describe('detectDelimiter', () => {
  it.each([
    ['comma', 'First Name,Last Name,Email\nAna,Lopez,ana@example.org\n', ','],
    ['semicolon', 'First Name;Last Name;Email\nAna;Lopez;ana@example.org\n', ';'],
    ['tab', 'First Name\tLast Name\tEmail\nAna\tLopez\tana@example.org\n', '\t'],
    ['pipe', 'jcho|changeme1|jcho@domain.com|Jon Cho|user\n', '|'],
  ] as const)('finds the %s', (_name, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('ignores delimiters inside quoted fields, including across line breaks', () => {
    const text = 'Username;Description\n"a,b";"x,y,z\nmore, commas, here"\nc;"d,e"\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('is not swayed by unquoted semicolons inside a comma file (a Groups cell)', () => {
    const text = 'Username,Role,Groups\nana01x,user,Field Crew;Parks;Trails\nben01x,user,Parks;Trails\n';
    expect(detectDelimiter(text)).toBe(',');
  });

  it('is not swayed by commas in pipe-delimited descriptions', () => {
    const text = 'jcho|changeme1|jcho@domain.com|Jon Cho|admin|GIS, Manager\nbw|changeme1|bw@domain.com|B W|user\n';
    expect(detectDelimiter(text)).toBe('|');
  });

  it('defaults to a comma for a single column', () => {
    expect(detectDelimiter('Username\njcho11\n')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });
});

describe('detectMemberFormat', () => {
  it('reads the header of comma, semicolon and tab files', () => {
    const builtin = [['First Name', 'Last Name', 'Email', 'Username', 'Password', 'Role']];
    expect(detectMemberFormat(builtin, ',')).toEqual({ format: 'builtin', hasHeader: true });
    const saml = [['First Name', 'Last Name', 'Email', 'Username', 'Role']];
    expect(detectMemberFormat(saml, ';')).toEqual({ format: 'saml', hasHeader: true });
    expect(detectMemberFormat([['Username', 'Role']], '\t')).toEqual({ format: 'enterprise', hasHeader: true });
  });

  it('tells the header-less CreateUsers formats apart by where the email and role sit', () => {
    const builtin = [
      ['pubuser1', 'changepasswordlater1', 'bwilliams@domain.com', 'Barbara Williams', 'publisher'],
      ['jchoadm', 'changepasswordlater1', 'jcho@domain.com', 'Jon Cho', 'admin', 'GIS Manager'],
    ];
    expect(detectMemberFormat(builtin, '|')).toEqual({ format: 'createusers-builtin', hasHeader: false });
    const enterprise = [
      ['jcho111@DOMAIN', 'jcho@domain.com', 'Jon Cho', 'user', 'department b'],
      ['rsmith@domain.com', 'rsmith@domain.com', 'Robert Smith', 'publisher', '', 'rsmith@domain.com'],
    ];
    expect(detectMemberFormat(enterprise, '|')).toEqual({ format: 'createusers-enterprise', hasHeader: false });
  });

  it('reads a password that looks like an email as built-in, so passwords are never treated as emails', () => {
    const ambiguous = [['jdoe', 'jdoe@pass.word', 'jdoe@domain.com', 'J Doe', 'Custom Role']];
    expect(detectMemberFormat(ambiguous, '|').format).toBe('createusers-builtin');
  });

  it('accepts a pipe file that does have a header', () => {
    expect(detectMemberFormat([['login', 'email', 'name', 'role', 'description', 'idpUsername']], '|')).toEqual({
      format: 'createusers-enterprise',
      hasHeader: true,
    });
    expect(detectMemberFormat([['Username', 'Password', 'Email', 'First Name', 'Last Name']], '|')).toEqual({
      format: 'builtin',
      hasHeader: true,
    });
  });
});
