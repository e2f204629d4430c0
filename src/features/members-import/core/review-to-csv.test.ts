import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { protectCell } from '@/lib/csv/protect-cell';
import builtinWithProblems from '@/testing/fixtures/members-import/builtin-with-problems.csv?raw';
import createUsersBuiltin from '@/testing/fixtures/members-import/createusers-builtin.txt?raw';
import { memberImportContext } from '@/testing/fixtures/members-import/member-import-context';

import { applyMemberMapping } from './apply-member-mapping';
import { matchMemberHeaders } from './match-member-headers';
import { parseMemberFile } from './parse-member-file';
import { approvalColumns, outcomesFromValidation, passwordColumns, reviewToCsv } from './review-to-csv';
import { validateMemberRows } from './validate-member-rows';

const readCsv = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('protectCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (value, protectedValue) => {
    expect(protectCell(value)).toBe(protectedValue);
  });
});

describe('reviewToCsv', () => {
  const file = parseMemberFile(builtinWithProblems);
  const { mapping } = matchMemberHeaders(file.headers, file.format);
  const validation = validateMemberRows(applyMemberMapping(file, mapping), memberImportContext({ seats: { creatorUT: 0 } }));
  const csv = reviewToCsv(file, outcomesFromValidation(validation.rows), { mapping });

  it('writes the input columns plus status and reason, one line per row, with a BOM and CRLF', () => {
    const header = 'First Name,Last Name,Email,Username,Password,Role,User Type,Groups,status,reason';
    expect(csv.startsWith(`\uFEFF${header}\r\n`)).toBe(true);
    const records = readCsv(csv);
    expect(records).toHaveLength(6);
    expect(records[1]).toEqual([
      'Ana',
      'Lopez',
      'ana.lopez@example.org',
      'alopez01',
      '',
      'user',
      'creatorUT',
      '',
      'error',
      'User type: no Creator seat is left for this row (the organization has none left)',
    ]);
    expect(records[4]?.slice(-2)).toEqual(['error', 'Username: cara_diaz is already on line 4; Email: cara.diaz@example.org is also used on line 4']);
  });

  it('never writes a password', () => {
    for (const password of ['Welcome.2026', 'nodigitshere']) expect(csv).not.toContain(password);
    expect(
      readCsv(csv)
        .slice(1)
        .map((record) => record[4]),
    ).toEqual(['', '', '', '', '']);
  });

  it('blanks the password of header-less CreateUsers lines too, and writes their documented column names', () => {
    const createUsers = parseMemberFile(createUsersBuiltin);
    const out = reviewToCsv(createUsers, [{ line: 2, status: 'failed', reason: 'Role: not allowed' }], { bom: false });
    expect(readCsv(out)).toEqual([
      ['account', 'password', 'email', 'name', 'role', 'description', 'status', 'reason'],
      ['jchoadm', '', 'jcho@domain.com', 'Jon Cho', 'admin', 'GIS Manager', 'failed', 'Role: not allowed'],
    ]);
  });

  it('protects every cell, keeps quoted line breaks, and replaces an earlier review’s status and reason', () => {
    const earlier = parseMemberFile(
      'Username,Description,Secret,status,reason\n' + 'jcho11,"=cmd|\' /C calc\'!A0",hunter22,error,old\n' + 'sraj01,"two\nlines",pw,ready,\n',
    );
    const { mapping: edited } = matchMemberHeaders(earlier.headers, earlier.format);
    const out = reviewToCsv(
      earlier,
      [
        { line: 2, status: 'added', reason: '' },
        { line: 3, status: 'failed', reason: '-network error' },
      ],
      { mapping: { ...edited, password: 2 }, bom: false },
    );
    expect(readCsv(out)).toEqual([
      ['Username', 'Description', 'Secret', 'status', 'reason'],
      ['jcho11', "'=cmd|' /C calc'!A0", '', 'added', ''],
      ['sraj01', 'two\nlines', '', 'failed', "'-network error"],
    ]);
  });

  it('leaves out rows without an outcome, so a "failed rows" file holds only those', () => {
    const failedOnly = outcomesFromValidation(validation.rows).filter((outcome) => outcome.line === 6);
    expect(readCsv(reviewToCsv(file, failedOnly)).map((record) => record[3])).toEqual(['Username', 'dev shah!']);
  });
});

describe('approvalColumns', () => {
  const file = parseMemberFile(builtinWithProblems);
  const { mapping } = matchMemberHeaders(file.headers, file.format);
  const outcomes = file.rows.map(({ line }) => ({ line, status: 'added', reason: '' }));

  it('names who prepared and who approved on every row, before status and reason', () => {
    const added = approvalColumns({ preparedBy: 'ana_admin', approvedBy: '=bo' });
    const records = readCsv(reviewToCsv(file, outcomes, { mapping, added }));
    expect(records[0]?.slice(-4)).toEqual(['prepared_by', 'approved_by', 'status', 'reason']);
    expect(records.slice(1).map((record) => record.slice(-4, -2))).toEqual(file.rows.map(() => ['ana_admin', "'=bo"]));
  });

  it('adds nothing to a run without an approval', () => {
    expect(approvalColumns(undefined)).toEqual([]);
  });
});

describe('passwordColumns', () => {
  it('finds the mapped column and any column named like a password', () => {
    expect(passwordColumns(['Username', 'PWD', 'Secret'])).toEqual([1]);
    const mapping = { ...matchMemberHeaders(['Username', 'PWD', 'Secret'], 'builtin').mapping, password: 2 };
    expect(passwordColumns(['Username', 'PWD', 'Secret'], mapping)).toEqual([1, 2]);
  });
});
