import { describe, expect, it } from 'vitest';

import { memberImportContext } from '@/testing/fixtures/members-import/member-import-context';

import { analyzeKeepingValidator, analyzeParsedMemberFile, type KeptAnalysis, parseMemberBytes, reanalyzeLine, recheckAnswers } from './analyze-member-file';
import { usernamesChangedByAnswers, usernamesChangedByFix } from './line-change';
import type { MemberField, ParsedMemberFile } from './types';

const header = 'First Name,Last Name,Email,Username,Password,Role,User Type';
/** Lines 2–9: lines 3, 6 and 8 share a username; lines 4 and 7 share an email; line 5 has a bad email. */
const csv = [
  header,
  'Ana,Lima,ana@example.org,ana.lima,Welcome.2026,viewer,',
  'Ben,Ng,ben@example.org,ben.ng,Welcome.2026,Data Editor,Contributor',
  'Cy,Oh,shared@example.org,cy.ohara,Welcome.2026,viewer,',
  'Di,Po,di@example,di.poll,Welcome.2026,viewer,',
  'Ed,Qu,ed@example.org,ben.ng,Welcome.2026,Data Editor,Contributor',
  'Fa,Re,shared@example.org,fa.rees,Welcome.2026,Data Editor,Contributor',
  'Gu,Si,gu@example.org,BEN.NG,Welcome.2026,viewer,',
  'Ha,Tu,ha@example.org,ha.tully,Welcome.2026,Data Editor,Contributor',
].join('\r\n');

type Edits = Record<number, Partial<Record<MemberField, string>>>;
type Context = ReturnType<typeof memberImportContext>;

const parsed: ParsedMemberFile = parseMemberBytes(new TextEncoder().encode(csv).buffer);
const baseContext = memberImportContext({ seats: { editorUT: 2 }, existingUsernames: new Set(['ana.lima']) });

/** Starts a review with `edits`, fixes `line` with `values` (and `context` after the fix), and returns both answers. */
function fix(line: number, values: Partial<Record<MemberField, string>>, options: { edits?: Edits; context?: Context } = {}) {
  const before = { edits: options.edits ?? {}, context: baseContext };
  const kept: KeptAnalysis = analyzeKeepingValidator(parsed, before);
  const after = { edits: { ...before.edits, [line]: { ...before.edits[line], ...values } }, context: options.context ?? baseContext };
  const changed = usernamesChangedByFix(before, after, line);
  expect(changed).not.toBeNull();
  const incremental = reanalyzeLine(parsed, kept, after, line, changed ?? new Set());
  return { incremental: incremental?.analysis, whole: analyzeParsedMemberFile(parsed, after), kept };
}

const statusOf = (analysis: ReturnType<typeof analyzeParsedMemberFile> | undefined, line: number) =>
  analysis?.validation.rows.find((row) => row.line === line)?.status;
const messagesOf = (analysis: ReturnType<typeof analyzeParsedMemberFile> | undefined, line: number) =>
  analysis?.validation.rows.find((row) => row.line === line)?.messages.map((issue) => issue.message) ?? [];

describe('a fix checked row by row gives what checking the whole file again gives', () => {
  it('a bad email fixed', () => {
    const { incremental, whole } = fix(5, { email: 'di@example.org' });
    expect(statusOf(incremental, 5)).toBe('ready');
    expect(incremental).toEqual(whole);
  });

  it('a username collision disappears: the next line with that name becomes the first', () => {
    const { incremental, whole, kept } = fix(3, { username: 'ben.ng2' });
    expect(messagesOf(kept.analysis, 8)).toContain('Line 8, Username: BEN.NG is already on line 3');
    expect(messagesOf(incremental, 6)).toEqual([]);
    expect(messagesOf(incremental, 8)).toContain('Line 8, Username: BEN.NG is already on line 6');
    expect(incremental).toEqual(whole);
  });

  it('a username collision appears, with a row earlier in the file', () => {
    const { incremental, whole } = fix(9, { username: 'Cy.Ohara' });
    expect(messagesOf(incremental, 9)).toContain('Line 9, Username: Cy.Ohara is already on line 4');
    expect(incremental).toEqual(whole);
  });

  it('a username collision appears with a later row, which now repeats the fixed one', () => {
    const { incremental, whole } = fix(2, { username: 'ha.tully' });
    expect(messagesOf(incremental, 9)).toContain('Line 9, Username: ha.tully is already on line 2');
    expect(incremental).toEqual(whole);
  });

  it('an email collision disappears and another appears', () => {
    const first = fix(4, { email: 'cy@example.org' });
    expect(messagesOf(first.incremental, 7)).toEqual([]);
    expect(first.incremental).toEqual(first.whole);
    const second = fix(9, { email: 'SHARED@example.org' });
    expect(messagesOf(second.incremental, 9)).toContain('Line 9, Email: SHARED@example.org is also used on line 4');
    expect(second.incremental).toEqual(second.whole);
  });

  it('seats are counted again over every row: a fixed row taking a seat leaves a later row without one', () => {
    // Lines 3, 7 and 9 want the 2 Contributor seats (line 6 repeats line 3's username): line 9 has none. Line 5 fixed
    // to a Contributor takes the second seat, so line 7 has none either.
    const { incremental, whole, kept } = fix(5, { email: 'di@example.org', role: 'Data Editor', userType: 'Contributor' });
    expect(messagesOf(kept.analysis, 9).some((message) => message.includes('no Contributor seat'))).toBe(true);
    expect(messagesOf(incremental, 7).some((message) => message.includes('no Contributor seat'))).toBe(true);
    expect(incremental?.validation.summary).toEqual(whole.validation.summary);
    expect(incremental).toEqual(whole);
    // Line 9 was without a seat before and still is: the same result, so the page is not sent it again.
    expect(incremental?.validation.rows[7]).toBe(kept.analysis.validation.rows[7]);
  });

  it('the portal’s answer about the new username is read in (a taken name held by someone else)', () => {
    const context = {
      ...baseContext,
      existingUsernames: new Set(['ana.lima', 'zed.taken']),
      usernameHolders: new Map([['zed.taken', { fullName: 'Zed Taken', email: 'zed@example.org' }]]),
    };
    const { incremental, whole } = fix(9, { username: 'zed.taken' }, { context });
    expect(statusOf(incremental, 9)).toBe('error');
    expect(incremental).toEqual(whole);
  });

  it('an answer that changed with the fix is read in for every row holding that username', () => {
    const context = { ...baseContext, existingUsernames: new Set(['ana.lima', 'cy.ohara']) };
    const { incremental, whole } = fix(5, { email: 'di@example.org' }, { context });
    expect(statusOf(incremental, 4)).toBe('exists');
    expect(incremental).toEqual(whole);
  });

  it('a fix on top of earlier fixes, and a field without a column (user type set from the review)', () => {
    const edits: Edits = { 5: { email: 'di@example.org' }, 3: { username: 'ben.other' } };
    const { incremental, whole } = fix(3, { username: 'ben.ng', userType: 'Creator' }, { edits });
    expect(incremental).toEqual(whole);
  });
});

describe('usernamesChangedByFix', () => {
  const before = { edits: { 3: { email: 'a@example.org' } }, context: baseContext };

  it('names the usernames whose answers changed', () => {
    const after = { ...before, context: { ...baseContext, existingUsernames: new Set(['new.name']), pendingInvitations: new Set(['p.q']) } };
    expect(usernamesChangedByFix(before, after, 4)).toEqual(new Set(['ana.lima', 'new.name', 'p.q']));
  });

  it('is null when anything else changed: another line’s edits, the mapping, exclusions, the organization', () => {
    expect(usernamesChangedByFix(before, { ...before, edits: { 3: { email: 'b@example.org' } } }, 4)).toBeNull();
    expect(usernamesChangedByFix(before, { ...before, mapping: { ...analyzeParsedMemberFile(parsed, before).mapping, username: 1 } }, 4)).toBeNull();
    expect(usernamesChangedByFix(before, { ...before, context: { ...baseContext, excludedLines: new Set([2]) } }, 4)).toBeNull();
    expect(
      usernamesChangedByFix(before, { ...before, context: memberImportContext({ seats: { editorUT: 3 }, existingUsernames: new Set(['ana.lima']) }) }, 4),
    ).toBeNull();
    expect(usernamesChangedByFix(before, { ...before, edits: { 3: { email: 'a@example.org' }, 4: { email: 'c@example.org' } } }, 4)).toEqual(new Set());
  });
});

describe('the review’s checks arriving re-check only the rows they name', () => {
  const first = { edits: { 5: { email: 'di@example.org' } }, context: memberImportContext({ seats: { editorUT: 2 } }) };
  const answered = {
    ...first,
    context: {
      ...first.context,
      // ben.ng (lines 3, 6, 8) held by someone else; ana.lima a member; ha.tully invited; cy.ohara unconfirmed.
      existingUsernames: new Set(['ben.ng', 'ana.lima']),
      usernameHolders: new Map([['ben.ng', { fullName: 'Benedict Ng', email: 'bn@elsewhere.org' }]]),
      pendingInvitations: new Set(['ha.tully']),
      unconfirmedUsernames: new Set(['cy.ohara']),
    },
  };

  it('gives what checking the whole file again gives, seats and summary included', () => {
    const kept = analyzeKeepingValidator(parsed, first);
    const changed = usernamesChangedByAnswers(first, answered);
    expect(changed).toEqual(new Set(['ben.ng', 'ana.lima', 'ha.tully', 'cy.ohara']));
    const incremental = recheckAnswers(parsed, kept, answered, changed ?? new Set()).analysis;
    const whole = analyzeParsedMemberFile(parsed, answered);
    expect(statusOf(incremental, 2)).toBe('exists');
    expect(statusOf(incremental, 3)).toBe('error');
    expect(statusOf(incremental, 9)).toBe('exists');
    expect(incremental.validation.summary).not.toEqual(kept.analysis.validation.summary);
    expect(incremental).toEqual(whole);

    // Asked again later, an answer gone (the invitation accepted and the account then deleted) is read in too.
    const later = { ...answered, context: { ...answered.context, pendingInvitations: new Set<string>() } };
    const again = recheckAnswers(parsed, { analysis: incremental, validator: kept.validator }, later, usernamesChangedByAnswers(answered, later) ?? new Set());
    expect(statusOf(again.analysis, 9)).not.toBe('exists');
    expect(again.analysis).toEqual(analyzeParsedMemberFile(parsed, later));
  });

  it('is null when more than the answers changed: a fix, exclusions, the organization', () => {
    expect(usernamesChangedByAnswers(first, { ...answered, edits: {} })).toBeNull();
    expect(usernamesChangedByAnswers(first, { ...answered, context: { ...answered.context, excludedLines: new Set([4]) } })).toBeNull();
    expect(usernamesChangedByAnswers(first, { ...answered, context: { ...answered.context, roles: [] } })).toBeNull();
  });
});
