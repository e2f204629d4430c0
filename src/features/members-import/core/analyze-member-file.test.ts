import { describe, expect, it } from 'vitest';

import builtinWithProblems from '@/testing/fixtures/members-import/builtin-with-problems.csv?raw';
import createUsersBuiltin from '@/testing/fixtures/members-import/createusers-builtin.txt?raw';
import { memberImportContext } from '@/testing/fixtures/members-import/member-import-context';

import { analyzeMemberFile } from './analyze-member-file';

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer;

describe('analyzeMemberFile', () => {
  it('runs decode → parse → match → validate and reports the detected account kind', () => {
    const { accountKind, file, validation, missingRequired } = analyzeMemberFile({
      bytes: bytesOf(builtinWithProblems),
      context: memberImportContext({ seats: { creatorUT: 0 } }),
    });
    expect(accountKind).toBe('builtin');
    expect(file).toMatchObject({ format: 'builtin', encoding: 'utf-8', delimiter: ',' });
    expect(missingRequired).toEqual([]);
    expect(validation.rows.map((row) => row.line)).toEqual([2, 3, 4, 5, 6]);
    expect(validation.summary.counts.error).toBe(5);
  });

  it('reads a Windows-1252 file and an edited mapping', () => {
    // "Username;Secret;Role\r\nzoë01x;Welcome.2026;viewer" in Windows-1252 (ë = 0xEB).
    const text = 'Username;Secret;Role\r\nzo\u00eb01x;Welcome.2026;viewer\r\n';
    const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0)).buffer;
    const auto = analyzeMemberFile({ bytes, context: memberImportContext({ accountKind: 'enterprise' }) });
    expect(auto.file.encoding).toBe('windows-1252');
    expect(auto.headerMatch.unknownHeaders).toEqual([{ index: 1, header: 'Secret' }]);
    expect(auto.rows[0]).toMatchObject({ username: 'zoë01x', password: '', accountKind: 'enterprise' });
    expect(auto.validation.rows[0]?.status).toBe('ready');

    const edited = analyzeMemberFile({
      bytes,
      mapping: { ...auto.mapping, password: 1 },
      context: memberImportContext({ accountKind: 'enterprise' }),
    });
    expect(edited.rows[0]?.password).toBe('Welcome.2026');
    expect(edited.validation.rows[0]?.status).toBe('warning');
  });

  it('holds a CreateUsers built-in file to its own required fields', () => {
    const { file, validation } = analyzeMemberFile({ bytes: bytesOf(createUsersBuiltin), context: memberImportContext() });
    expect(file.format).toBe('createusers-builtin');
    // "changepasswordlater1" meets the default policy; Barbara has no description, which is optional.
    expect(validation.summary.counts).toMatchObject({ ready: 2 });
    expect(validation.summary.byRole.map((role) => role.roleId)).toEqual(['org_admin', 'org_publisher']);
  });

  it('decodes, parses and validates a 50,000-row file with the right counts', () => {
    const roles = ['viewer', 'Data Editor', 'user', 'publisher'];
    const lines = ['First Name,Last Name,Email,Username,Password,Role,Groups'];
    for (let index = 0; index < 50_000; index += 1) {
      const username = `member${String(index).padStart(5, '0')}`;
      const groups = index % 10 === 0 ? '"Field Crew; Parks"' : '';
      lines.push(`Ana,Lopez,${username}@example.org,${username},Welcome.2026,${roles[index % 4] ?? ''},${groups}`);
    }
    const started = performance.now();
    const { rows, validation } = analyzeMemberFile({ bytes: bytesOf(lines.join('\r\n')), context: memberImportContext() });
    console.info(`decoded, parsed and validated 50,000 rows in ${Math.round(performance.now() - started)} ms`);
    expect(rows).toHaveLength(50_000);
    expect(rows.at(-1)?.line).toBe(50_001);
    expect(validation.summary.counts).toEqual({ ready: 50_000, warning: 0, error: 0, exists: 0, skipped: 0, done: 0 });
    expect(validation.summary.byRole.map((role) => role.count)).toEqual([12_500, 12_500, 12_500, 12_500]);
    expect(validation.rows.filter((row) => row.resolved.groupIds.length === 2)).toHaveLength(5_000);
  });

  it("applies the reviewer's fixes to the cells before validating", () => {
    const request = { bytes: bytesOf(builtinWithProblems), context: memberImportContext({ seats: { creatorUT: 0 } }) };
    const before = analyzeMemberFile(request).validation.rows.find((row) => row.line === 3);
    expect(before?.messages.some((issue) => issue.field === 'email')).toBe(true);
    const after = analyzeMemberFile({ ...request, edits: { 3: { email: 'ben.ng@example.org' } } });
    expect(after.validation.rows.find((row) => row.line === 3)?.messages.some((issue) => issue.field === 'email')).toBe(false);
    expect(after.file.rows.find((row) => row.line === 3)?.cells.Email).toBe('ben.ng@example.org');
  });
  it('does not take a file with headers in another language for SAML accounts, and says which were not recognised', () => {
    const text = 'Benutzername;E-Mail;Vorname;Nachname;Passwort\nmmueller;m.mueller@example.org;Max;Müller;Start.2026x\n';
    const context = memberImportContext();
    const { accountKind: _kind, ...rest } = context;
    const auto = analyzeMemberFile({ bytes: bytesOf(text), context: rest });
    expect(auto.file.headersUnrecognized).toBe(true);
    expect(auto.file.format).not.toBe('saml');
    expect(auto.file.issues.map((issue) => issue.message)).toContainEqual(
      expect.stringMatching(/^Line 1: these column headers were not recognised: "Benutzername", "Vorname", "Nachname", "Passwort"\./),
    );
    expect(auto.missingRequired).toEqual(['username']);
    // Mapped by the reviewer, the columns decide: a password column means built-in accounts.
    const mapping = { ...auto.mapping, username: 0, firstName: 2, lastName: 3, password: 4 };
    const mapped = analyzeMemberFile({ bytes: bytesOf(text), mapping, context: rest });
    expect(mapped.file.format).toBe('builtin');
    expect(mapped.accountKind).toBe('builtin');
    expect(mapped.validation.rows[0]?.status).toBe('ready');
  });
});
