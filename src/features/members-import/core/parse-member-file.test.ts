import { describe, expect, it } from 'vitest';

import builtin1000 from '@/testing/fixtures/members-import/builtin-1000.csv?raw';
import builtinMembers from '@/testing/fixtures/members-import/builtin-members.csv?raw';
import createUsersBuiltin from '@/testing/fixtures/members-import/createusers-builtin.txt?raw';
import createUsersEnterprise from '@/testing/fixtures/members-import/createusers-enterprise.txt?raw';
import enterpriseAd from '@/testing/fixtures/members-import/enterprise-members-ad.csv?raw';
import enterpriseMembers from '@/testing/fixtures/members-import/enterprise-members.csv?raw';
import excelSemicolon from '@/testing/fixtures/members-import/excel-semicolon-multiline.csv?raw';
import samlMembers from '@/testing/fixtures/members-import/saml-members.csv?raw';

import { parseMemberFile } from './parse-member-file';

describe('parseMemberFile with the documented formats', () => {
  it('reads the built-in sample', () => {
    const file = parseMemberFile(builtinMembers);
    expect(file).toMatchObject({ format: 'builtin', delimiter: ',', hasHeader: true, issues: [] });
    expect(file.headers).toEqual(['First Name', 'Last Name', 'Email', 'Username', 'Password', 'Role']);
    expect(file.rows).toEqual([
      {
        line: 2,
        cells: {
          'First Name': 'Jon',
          'Last Name': 'Cho',
          Email: 'jcho@email.com',
          Username: 'jcho11',
          Password: 'jcho.1234',
          Role: 'publisher',
        },
      },
      {
        line: 3,
        cells: {
          'First Name': 'Satish',
          'Last Name': 'Rajhandas',
          Email: 'srajhandas@email.com',
          Username: 'srajhandas',
          Password: 'sraj.abcd1',
          Role: 'user',
        },
      },
    ]);
  });

  it('reads the SAML and enterprise samples, domain\\user included', () => {
    expect(parseMemberFile(samlMembers)).toMatchObject({ format: 'saml', rows: [{ line: 2 }, { line: 3 }] });
    expect(parseMemberFile(enterpriseMembers)).toMatchObject({ format: 'enterprise', headers: ['Username', 'Role'] });
    const ad = parseMemberFile(enterpriseAd);
    expect(ad.format).toBe('enterprise');
    expect(ad.rows.map((row) => row.cells.Username)).toEqual(['domain\\jcho11', 'domain\\srajhandas']);
  });

  it('reads the header-less CreateUsers built-in lines from line 1, with an optional description', () => {
    const file = parseMemberFile(createUsersBuiltin);
    expect(file).toMatchObject({ format: 'createusers-builtin', delimiter: '|', hasHeader: false, issues: [] });
    expect(file.headers).toEqual(['account', 'password', 'email', 'name', 'role', 'description']);
    expect(file.rows).toEqual([
      {
        line: 1,
        cells: {
          account: 'pubuser1',
          password: 'changepasswordlater1',
          email: 'bwilliams@domain.com',
          name: 'Barbara Williams',
          role: 'publisher',
          description: '',
        },
      },
      {
        line: 2,
        cells: {
          account: 'jchoadm',
          password: 'changepasswordlater1',
          email: 'jcho@domain.com',
          name: 'Jon Cho',
          role: 'admin',
          description: 'GIS Manager',
        },
      },
    ]);
  });

  it('reads the header-less CreateUsers enterprise lines, empty description and idpUsername included', () => {
    const file = parseMemberFile(createUsersEnterprise);
    expect(file).toMatchObject({ format: 'createusers-enterprise', hasHeader: false, issues: [] });
    expect(file.headers).toEqual(['login', 'email', 'name', 'role', 'description', 'idpUsername']);
    expect(file.rows).toHaveLength(5);
    expect(file.rows[1]).toEqual({
      line: 2,
      cells: {
        login: 'rsmith@domain.com',
        email: 'rsmith@domain.com',
        name: 'Robert Smith',
        role: 'publisher',
        description: '',
        idpUsername: 'rsmith@domain.com',
      },
    });
    expect(file.rows[3]?.cells).toMatchObject({ login: 'srajhandas@DOMAIN', description: '', idpUsername: '' });
  });

  it('reads the 1,000-row sample with its accented names', () => {
    const file = parseMemberFile(builtin1000);
    expect(file.format).toBe('builtin');
    expect(file.rows).toHaveLength(1000);
    expect(file.rows[2]).toMatchObject({ line: 4, cells: { 'First Name': 'Zoë', Username: 'zrossi00002' } });
    expect(file.rows.at(-1)?.line).toBe(1001);
  });
});

describe('parseMemberFile with what spreadsheets really write', () => {
  it('handles CRLF, a semicolon delimiter, quoted line breaks, blank lines and stray spaces', () => {
    const file = parseMemberFile(excelSemicolon);
    expect(file).toMatchObject({ format: 'builtin', delimiter: ';', issues: [] });
    expect(file.rows.map((row) => row.line)).toEqual([2, 5, 7, 10]);
    expect(file.rows[0]?.cells).toMatchObject({
      'First Name': 'Ana',
      'Last Name': 'Lopez',
      Groups: 'Field Crew; Parks',
      Description: 'Line one\nline two; with "quotes"',
    });
    expect(file.rows[2]?.cells.Description).toBe('a, b\n\nc');
  });

  it('counts leading blank lines and a lone-CR (old Mac) file', () => {
    expect(parseMemberFile('\n\nUsername,Role\n\njcho11,user\n').rows).toEqual([{ line: 5, cells: { Username: 'jcho11', Role: 'user' } }]);
    expect(parseMemberFile('Username,Role\rjcho11,user\r\rsraj01,user').rows.map((row) => row.line)).toEqual([2, 4]);
  });

  it('reads a file without quotes (one pass) as it reads the same file with them', () => {
    const unquoted = 'Username,Role\n  \n, ,\njcho11 , user\n\nsraj01,viewer,extra\n';
    const quoted = unquoted.replace('jcho11', '"jcho11"');
    expect(parseMemberFile(unquoted)).toEqual(parseMemberFile(quoted));
    expect(parseMemberFile(unquoted).rows).toEqual([
      { line: 4, cells: { Username: 'jcho11', Role: 'user' } },
      { line: 6, cells: { Username: 'sraj01', Role: 'viewer' } },
    ]);
  });

  it('strips a BOM left on the text and keeps the given encoding', () => {
    const file = parseMemberFile('\uFEFFUsername,Role\njcho11,user', { encoding: 'windows-1252' });
    expect(file.headers).toEqual(['Username', 'Role']);
    expect(file.encoding).toBe('windows-1252');
  });

  it('names empty and repeated headers so no cell is lost', () => {
    const file = parseMemberFile('Username,,Email,email\njcho11,x,a@b.co,c@d.co\n');
    expect(file.headers).toEqual(['Username', 'Column 2', 'Email', 'email (2)']);
    expect(file.rows[0]?.cells).toEqual({ Username: 'jcho11', 'Column 2': 'x', Email: 'a@b.co', 'email (2)': 'c@d.co' });
    expect(file.issues).toEqual([
      {
        line: 1,
        field: null,
        severity: 'warning',
        message: 'Line 1: the column "email" appears more than once; the copy is named "email (2)".',
      },
    ]);
  });

  it('fills short rows with empty cells and warns about extra values', () => {
    const file = parseMemberFile('Username,Role\njcho11\nsraj01,user,surplus\nabc123,user,,\n');
    expect(file.rows.map((row) => row.cells)).toEqual([
      { Username: 'jcho11', Role: '' },
      { Username: 'sraj01', Role: 'user' },
      { Username: 'abc123', Role: 'user' },
    ]);
    expect(file.issues).toEqual([
      {
        line: 3,
        field: null,
        severity: 'warning',
        message: 'Line 3: has 3 values but the file has 2 columns; the extra values are ignored.',
      },
    ]);
  });

  it('reports an unclosed quote on the line where it starts', () => {
    const file = parseMemberFile('Username,Description\njcho11,fine\nsraj01,"never closed\nabc123,x\n');
    expect(file.issues).toContainEqual(expect.objectContaining({ line: 3, severity: 'error', message: expect.stringContaining('never closed') as string }));
  });

  it('reports an empty file and a header without members', () => {
    expect(parseMemberFile('').issues).toEqual([{ line: 1, field: null, severity: 'error', message: 'Line 1: the file is empty.' }]);
    expect(parseMemberFile('Username,Role\n\n').issues).toEqual([
      { line: 1, field: null, severity: 'error', message: 'Line 1: the file has column headers but no members.' },
    ]);
  });

  it('reads a tab-delimited UTF-16 export (Excel "Unicode Text") once decoded', () => {
    const file = parseMemberFile('Username\tRole\tUser Type\r\njcho11\tViewer\tviewerUT\r\n', { encoding: 'utf-16le' });
    expect(file).toMatchObject({ delimiter: '\t', format: 'enterprise', encoding: 'utf-16le' });
    expect(file.rows[0]?.cells).toEqual({ Username: 'jcho11', Role: 'Viewer', 'User Type': 'viewerUT' });
  });
});
