import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { MemberFileRefusal, memberFileBytes } from './read-member-file';
import { refusalOf, sniffMemberFile } from './sniff-member-file';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);
const workbookPath = fileURLToPath(new URL('../../../testing/fixtures/members-import/new-hires.xlsx', import.meta.url));

describe('sniffMemberFile', () => {
  it('names binary files by their first bytes, whatever their name', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
    expect(refusalOf(sniffMemberFile(png))).toBe(
      'This is not a text file: it is a PNG image. Choose a CSV file (comma-, semicolon- or tab-separated), a TXT file ' + 'or an Excel workbook (.xlsx).',
    );
    expect(sniffMemberFile(bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31))).toEqual({ kind: 'binary', what: 'a PDF document' });
    expect(sniffMemberFile(bytes(0x01, 0x02, 0x00, 0x41, 0x00, 0x00, 0x07))).toEqual({ kind: 'binary', what: 'a binary file' });
  });

  it('tells a legacy .xls (to save as CSV) from an .xlsx workbook (read)', () => {
    expect(refusalOf(sniffMemberFile(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)))).toMatch(/save it as CSV/);
    expect(sniffMemberFile(new Uint8Array(readFileSync(workbookPath)))).toEqual({ kind: 'xlsx' });
  });

  it('takes text in UTF-8, UTF-16 and Windows-1252 for text', () => {
    expect(sniffMemberFile(text('Username,Email\njdoe,j@example.org\n'))).toEqual({ kind: 'text' });
    const utf16 = new Uint8Array([...text('Username,Email\n')].flatMap((byte) => [byte, 0]));
    expect(sniffMemberFile(utf16)).toEqual({ kind: 'text' });
    expect(sniffMemberFile(bytes(0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72))).toEqual({ kind: 'text' });
  });
});

describe('memberFileBytes', () => {
  it('reads the first sheet of a workbook as CSV, and refuses what it cannot read', async () => {
    const read = await memberFileBytes(Uint8Array.from(readFileSync(workbookPath)).buffer);
    expect(read.workbook).toBe(true);
    expect(new TextDecoder().decode(read.bytes).split('\n')).toEqual([
      'First Name,Last Name,Email,Username,Password,Role,Description',
      'Petra,Lindqvist,petra.lindqvist@harborcity.example,plindqvist,Harbor.Sheet2026,user,Hired 2026',
      'Omar,Haddad,omar.haddad@harborcity.example,ohaddad01,Harbor.Sheet2027,viewer,2026',
    ]);
    await expect(memberFileBytes(bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61).buffer)).rejects.toBeInstanceOf(MemberFileRefusal);
  });
});
