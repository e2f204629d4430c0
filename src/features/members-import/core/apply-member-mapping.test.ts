import { describe, expect, it } from 'vitest';

import createUsersEnterprise from '@/testing/fixtures/members-import/createusers-enterprise.txt?raw';

import { applyMemberMapping, splitFullName, splitGroupsCell } from './apply-member-mapping';
import { matchMemberHeaders } from './match-member-headers';
import { parseMemberFile } from './parse-member-file';

describe('applyMemberMapping', () => {
  it('reads every field of a built-in row through the matched mapping', () => {
    const file = parseMemberFile(
      'E-mail,FirstName,Last_Name,user name,Password,Role,usertype,Groups,Description,Department\n' +
        'ana@example.org,Ana,Lopez,alopez01,Welcome.2026,Viewer,viewerUT,"Field Crew; Parks",Planner,GIS\n',
    );
    const { mapping } = matchMemberHeaders(file.headers, file.format);
    expect(applyMemberMapping(file, mapping)).toEqual([
      {
        line: 2,
        firstName: 'Ana',
        lastName: 'Lopez',
        fullName: 'Ana Lopez',
        email: 'ana@example.org',
        username: 'alopez01',
        password: 'Welcome.2026',
        role: 'Viewer',
        userType: 'viewerUT',
        groups: ['Field Crew', 'Parks'],
        description: 'Planner',
        idpUsername: '',
        accountKind: 'builtin',
      },
    ]);
  });

  it('splits the Name of the CreateUsers lines and marks them enterprise', () => {
    const file = parseMemberFile(createUsersEnterprise);
    const rows = applyMemberMapping(file, matchMemberHeaders(file.headers, file.format).mapping);
    expect(rows[4]).toMatchObject({
      line: 5,
      username: 'djohnson308@DOMAIN',
      email: 'djohnson@domain.com',
      fullName: 'Daisha Johnson',
      firstName: 'Daisha',
      lastName: 'Johnson',
      role: 'user',
      description: 'Account Specialist',
      idpUsername: 'djohnson@domain.com',
      password: '',
      accountKind: 'enterprise',
    });
  });

  it('follows a mapping the user changed, and leaves unmapped fields empty', () => {
    const file = parseMemberFile('Login,Secret,Mail\njcho11,Welcome.2026,jcho@example.org\n');
    const { mapping } = matchMemberHeaders(file.headers, file.format);
    expect(mapping.password).toBeUndefined();
    const [row] = applyMemberMapping(file, { ...mapping, password: 1 }, 'builtin');
    expect(row).toMatchObject({ username: 'jcho11', password: 'Welcome.2026', email: 'jcho@example.org', role: '' });
  });
});

describe('splitGroupsCell', () => {
  it('splits on semicolons, or on commas when there is no semicolon', () => {
    expect(splitGroupsCell('Field Crew; Parks ;Trails')).toEqual(['Field Crew', 'Parks', 'Trails']);
    expect(splitGroupsCell('Field Crew, Parks')).toEqual(['Field Crew', 'Parks']);
    expect(splitGroupsCell('Parks, Trails and Rec; Field Crew')).toEqual(['Parks, Trails and Rec', 'Field Crew']);
  });

  it('drops blanks and case-insensitive repeats', () => {
    expect(splitGroupsCell('')).toEqual([]);
    expect(splitGroupsCell(' ; Parks;;parks; ')).toEqual(['Parks']);
  });
});

describe('splitFullName', () => {
  it('takes the last word as the last name', () => {
    expect(splitFullName(' Mary  Ann Smith ')).toEqual({ firstName: 'Mary Ann', lastName: 'Smith' });
    expect(splitFullName('Cher')).toEqual({ firstName: 'Cher', lastName: '' });
  });
});
