import { describe, expect, it } from 'vitest';

import builtinWithProblems from '@/testing/fixtures/members-import/builtin-with-problems.csv?raw';
import { memberImportContext } from '@/testing/fixtures/members-import/member-import-context';

import { createImportSession, type ImportAnswers, type ImportRequest, transferablesOf, type ViewUpdate } from './import-session';
import { analyzeMemberFile } from '../core/analyze-member-file';
import { applyReviewPatch, type ImportView, reviewCell, type ReviewPatch, reviewOutcome, reviewUsernames } from '../core/import-view';
import { outcomesFromValidation, reviewToCsv } from '../core/review-to-csv';

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer;

function session() {
  const inner = createImportSession();
  let id = 0;
  return <T extends ImportRequest>(request: T): ImportAnswers[T['type']] => {
    id += 1;
    const reply = inner.handle({ ...request, id });
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.id).toBe(id);
    return reply.answer as ImportAnswers[T['type']];
  };
}

/** A session as the page uses it: each check again's patch applied to the view before it. */
function pageSession() {
  const ask = session();
  let last: ImportView | null = null;
  const check = (request: Extract<ImportRequest, { type: 'analyze' | 'revalidate' | 'fix' }>): ImportView => {
    const answer = ask(request);
    const view = 'patch' in answer ? applyReviewPatch(last as ImportView, answer.patch) : 'view' in answer ? answer.view : answer;
    last = view;
    return view;
  };
  return { ask, check };
}

/** The update's patch; fails the test when the whole view came instead. */
function patchOf(update: ViewUpdate): ReviewPatch {
  if (!('patch' in update)) throw new Error('Expected the rows that changed, got the whole view.');
  return update.patch;
}

const textColumns = ['username', 'name', 'email', 'role', 'userType', 'groups', 'roleId', 'userTypeId'] as const;

/** What the page draws of a view: every row's cells, the summary and the file's own details. */
function drawn(view: ImportView) {
  const { review, ...rest } = view;
  return {
    ...rest,
    rows: Array.from(review.lines, (line, index) => ({
      line,
      status: reviewCell.status(review, index),
      messages: reviewCell.messages(review, index),
      ...Object.fromEntries(textColumns.map((column) => [column, reviewCell.text(review, column, index)])),
    })),
  };
}

const context = () => memberImportContext({ seats: { creatorUT: 0 } });

describe('createImportSession', () => {
  it('answers analyze with a compact view that matches the full analysis, without passwords', () => {
    const ask = session();
    const view = ask({ type: 'analyze', bytes: bytesOf(builtinWithProblems), context: context() });
    const full = analyzeMemberFile({ bytes: bytesOf(builtinWithProblems), context: context() });
    expect(view.summary).toEqual(full.validation.summary);
    expect(view).toMatchObject({ format: 'builtin', encoding: 'utf-8', delimiter: ',', rowCount: 5, headers: full.file.headers });
    expect(Array.from(view.review.lines)).toEqual([2, 3, 4, 5, 6]);
    full.validation.rows.forEach((result, index) => {
      expect(reviewOutcome(view.review, index)).toEqual(outcomesFromValidation([result])[0]);
      expect(reviewCell.messages(view.review, index)).toEqual(result.messages.map((issue) => issue.message));
      expect(reviewCell.text(view.review, 'username', index)).toBe(full.rows[index]?.username);
    });
    expect(view.firstRow).toMatchObject({ Username: 'alopez01', Password: '••••••••' });
    expect(JSON.stringify({ ...view, review: { ...view.review, messages: view.review.messages.text } })).not.toMatch(/Welcome\.2026|nodigitshere/);
    expect(reviewUsernames(view.review)).toEqual(['alopez01', 'bng', 'cara_diaz', 'dev shah!']);
  });

  it('reads a file first for its usernames, then checks the rows of that read as if the bytes had come with analyze', () => {
    const ask = session();
    const first = ask({ type: 'read', bytes: bytesOf(builtinWithProblems) });
    const withoutReview = bytesOf('First Name,Last Name,Email,Username,Password,Role\r\nAna,Ruiz,ana@example.org,ana_ruiz,Welcome.2026,User');
    const second = ask({ type: 'read', bytes: withoutReview });
    // The names the review asks the portal about, known before a row is checked.
    expect(first.usernames).toEqual(reviewUsernames(session()({ type: 'analyze', bytes: bytesOf(builtinWithProblems), context: context() }).review));
    expect(second).toEqual({ id: first.id + 1, usernames: ['ana_ruiz'] });
    const view = ask({ type: 'analyze', read: first.id, context: context() });
    expect(drawn(view)).toEqual(drawn(session()({ type: 'analyze', bytes: bytesOf(builtinWithProblems), context: context() })));
    expect(view.workbook).toBeUndefined();
    // A workbook's read says so in its view, and in every whole view after it (the columns step shows it).
    const fromWorkbook = ask({ type: 'read', bytes: bytesOf(builtinWithProblems), workbook: true });
    expect(ask({ type: 'analyze', read: fromWorkbook.id, context: context() }).workbook).toBe(true);
    expect(ask({ type: 'view' }).workbook).toBe(true);
    expect(ask({ type: 'analyze', bytes: bytesOf(builtinWithProblems), context: context() }).workbook).toBeUndefined();
    // A read is analyzed once; a third read forgets the oldest one not analyzed.
    expect(() => ask({ type: 'analyze', read: first.id, context: context() })).toThrow('Another member file was chosen in the meantime');
    ask({ type: 'read', bytes: withoutReview });
    ask({ type: 'read', bytes: withoutReview });
    expect(() => ask({ type: 'analyze', read: second.id, context: context() })).toThrow('Another member file was chosen in the meantime');
  });

  it('answers the review’s checks (the columns confirmed as read) with the rows they changed, as a whole check draws them', () => {
    const { ask, check } = pageSession();
    const view = check({ type: 'analyze', bytes: bytesOf(builtinWithProblems), context: context() });
    // The same columns, as the page sends them back (in another order).
    const mapping = Object.fromEntries(Object.entries(view.mapping).reverse()) as typeof view.mapping;
    const answered = { ...context(), existingUsernames: new Set(['alopez01']), pendingInvitations: new Set(['bng']) };
    const update = ask({ type: 'revalidate', mapping, edits: {}, context: answered });
    expect(Array.from(patchOf(update).indexes)).toEqual([0, 1]);
    const checked = applyReviewPatch(view, patchOf(update));
    const whole = session()({ type: 'analyze', bytes: bytesOf(builtinWithProblems), mapping, edits: {}, context: answered });
    expect(drawn(checked)).toEqual(drawn(whole));
    expect(reviewCell.messages(checked.review, 1).join(' ')).toContain('bng already has a pending invitation');
  });

  it('answers a fix with the rows it changed, as a whole re-check draws them, or (when more changed) the whole view', () => {
    const { ask, check } = pageSession();
    const bytes = bytesOf(builtinWithProblems);
    check({ type: 'analyze', bytes, context: context() });
    const edits = { 3: { email: 'ben.ng@example.org', username: 'alopez01' } };
    const taken = { ...context(), existingUsernames: new Set(['alopez01']) };
    const fixed = check({ type: 'fix', line: 3, edits, context: taken });
    const whole = session();
    whole({ type: 'analyze', bytes: bytesOf(builtinWithProblems), context: context() });
    const wholeView = whole({ type: 'revalidate', edits, context: taken });
    expect('view' in wholeView && drawn(fixed)).toEqual('view' in wholeView && drawn(wholeView.view));
    expect(reviewCell.messages(fixed.review, 1).join(' ')).toContain('alopez01 is already a member');
    expect(ask({ type: 'view' })).toMatchObject({ summary: fixed.summary });

    // An exclusion as well: not a fix of one line, so the whole file is checked again and sent whole.
    const excluded = { ...taken, excludedLines: new Set([2]) };
    const again = ask({ type: 'fix', line: 3, edits, context: excluded });
    const wholeAgain = whole({ type: 'revalidate', edits, context: excluded });
    expect('view' in again && 'view' in wholeAgain && drawn(again.view)).toEqual('view' in wholeAgain && drawn(wholeAgain.view));
  });

  it('sends with a fix every row whose seat it changed, and a patch applies only to the view it was made from', () => {
    const rows = Array.from({ length: 6 }, (_, at) => `Ana,Member ${String(at)},a${String(at)}@example.org,member_0${String(at)},Welcome.2026,User,Creator`);
    const file = ['First Name,Last Name,Email,Username,Password,Role,User Type', ...rows].join('\n');
    const twoSeats = memberImportContext({ seats: { creatorUT: 2 } });
    const { ask, check } = pageSession();
    const before = check({ type: 'analyze', bytes: bytesOf(file), context: twoSeats });
    expect(before.summary.counts.error).toBe(4);
    // Line 2 takes a Viewer seat instead: line 4 gets the Creator seat it left; lines 5 to 7 are still without one.
    const edits = { 2: { userType: 'Viewer', role: 'Viewer' } };
    const update = ask({ type: 'fix', line: 2, mapping: before.mapping, edits, context: twoSeats });
    expect(Array.from(patchOf(update).indexes)).toEqual([0, 2]);
    const after = applyReviewPatch(before, patchOf(update));
    const whole = session()({ type: 'analyze', bytes: bytesOf(file), mapping: before.mapping, edits, context: twoSeats });
    expect(drawn(after)).toEqual(drawn(whole));
    expect(reviewCell.problems(after.review, 5)).toEqual(['User type: no Creator seat is left for this row (2 seats left, taken by earlier rows)']);
    expect(after.summary.byUserType).toContainEqual(expect.objectContaining({ name: 'Creator', needed: 5, count: 2 }));
    expect(after.review.revision).toBe(before.review.revision + 1);
    expect(patchOf(update).base).toBe(before.review.revision);
    // The page (pageSession) applies each patch to the view before it.
    expect(drawn(check({ type: 'fix', line: 2, mapping: before.mapping, edits: {}, context: twoSeats }))).toEqual(drawn(before));
  });

  it('re-checks the file it holds with fixes and exclusions, without the bytes again', () => {
    const { check } = pageSession();
    check({ type: 'analyze', bytes: bytesOf(builtinWithProblems), context: context() });
    const view = check({
      type: 'revalidate',
      edits: { 3: { email: 'ben.ng@example.org' } },
      context: { ...context(), excludedLines: new Set([6]) },
    });
    expect(reviewCell.messages(view.review, 1).join(' ')).not.toMatch(/Line 3, Email/);
    expect(reviewCell.status(view.review, 4)).toBe('skipped');
    expect(view.summary.counts.skipped).toBe(1);
  });

  it('gives the Fix dialog a row without its password', () => {
    const ask = session();
    ask({ type: 'analyze', bytes: bytesOf(builtinWithProblems), context: context() });
    const row = ask({ type: 'row', line: 3 });
    expect(row).toMatchObject({ line: 3, username: 'bng', email: 'ben.ng@example', hasPassword: true });
    expect(row && 'password' in row).toBe(false);
    expect(ask({ type: 'row', line: 99 })).toBeNull();
  });

  it('builds the review and report CSV from the file it holds', () => {
    const ask = session();
    ask({ type: 'analyze', bytes: bytesOf(builtinWithProblems), context: context() });
    const full = analyzeMemberFile({ bytes: bytesOf(builtinWithProblems), context: context() });
    expect(ask({ type: 'reviewCsv' })).toBe(reviewToCsv(full.file, outcomesFromValidation(full.validation.rows), { mapping: full.mapping }));
    const report = [{ line: 2, status: 'added', reason: '' }];
    expect(ask({ type: 'reportCsv', outcomes: report })).toBe(reviewToCsv(full.file, report, { mapping: full.mapping }));
  });

  it('sets role, user type and groups on rows of a file without those columns, and the review CSV keeps them', () => {
    const { ask, check } = pageSession();
    const file = 'First Name,Last Name,Email,Username,Password\nAna,Lopez,ana@example.org,alopez01,Welcome.2026\nBo,Li,bo@example.org,boli01,Welcome.2026\n';
    const seatless = memberImportContext({ seats: { viewerUT: 0 } });
    const before = check({ type: 'analyze', bytes: bytesOf(file), context: seatless });
    // Both rows default to Viewer, which has no seat left.
    expect(Array.from(before.review.statuses, (_status, index) => reviewCell.status(before.review, index))).toEqual(['error', 'error']);
    expect(reviewCell.text(before.review, 'userTypeId', 0)).toBe('viewerUT');
    expect(reviewCell.problems(before.review, 0)[0]).toMatch(/^User type: no Viewer seat is left/);

    const edits = { 2: { userType: 'Creator', role: 'User', groups: 'Field Crew; Parks' }, 3: { userType: 'Creator', role: 'User' } };
    const after = check({ type: 'revalidate', edits, context: seatless });
    expect(after.summary.toAdd).toBe(2);
    expect(reviewCell.text(after.review, 'userTypeId', 1)).toBe('creatorUT');
    expect(reviewCell.text(after.review, 'roleId', 1)).toBe('org_user');
    expect(reviewCell.text(after.review, 'groups', 0)).toBe('Field Crew; Parks');
    const csv = ask({ type: 'reviewCsv' });
    expect(csv).toContain('Password,Role,User Type,Groups,status,reason');
    expect(csv).toContain('alopez01,,User,Creator,Field Crew; Parks,ready,');
    expect(csv).toContain('boli01,,User,Creator,,ready,');
  });

  it('hands out the rows to send, with passwords, only when asked for plans', () => {
    const ask = session();
    const text =
      'First Name,Last Name,Email,Username,Password,Role\nJon,Cho,jcho@email.com,jcho11,jcho.1234,publisher\n' +
      'Sat,Raj,sraj@email.com,srajhandas,sraj.abcd1,user\n';
    ask({ type: 'analyze', bytes: bytesOf(text), context: memberImportContext() });
    const plans = ask({ type: 'plans', statuses: ['ready', 'warning'] });
    expect(plans.map((plan) => [plan.row.line, plan.row.password])).toEqual([
      [2, 'jcho.1234'],
      [3, 'sraj.abcd1'],
    ]);
    expect(ask({ type: 'plans', statuses: ['ready'], exceptLines: [2] }).map((plan) => plan.row.line)).toEqual([3]);
    expect(ask({ type: 'plans', statuses: ['ready', 'warning'], onlyLines: [3] }).map((plan) => plan.row.line)).toEqual([3]);
    expect(ask({ type: 'plans', statuses: ['exists'] })).toEqual([]);
  });

  it('keeps a draft without passwords that restores the same review, and refuses to send from it', () => {
    const ask = session();
    const original = ask({ type: 'analyze', bytes: bytesOf(builtinWithProblems), context: context() });
    const draft = ask({ type: 'draft' });
    expect(JSON.stringify(draft)).not.toMatch(/Welcome\.2026|nodigitshere|"short"/);
    expect((JSON.parse(draft.json) as { withheldPasswords: [number][] }).withheldPasswords.map(([line]) => line)).toEqual([2, 3, 4, 5, 6]);

    const restoredAsk = session();
    const restored = restoredAsk({ type: 'restore', draft, context: context() });
    expect(restored.summary).toEqual(original.summary);
    for (let index = 0; index < original.review.lines.length; index += 1) {
      expect(reviewCell.messages(restored.review, index)).toEqual(reviewCell.messages(original.review, index));
    }
    expect(restoredAsk({ type: 'row', line: 2 })).toMatchObject({ hasPassword: true });
    expect(() => restoredAsk({ type: 'plans', statuses: ['ready'] })).toThrow(/choose the file again/);
    // The very file chosen again gives the passwords back.
    restoredAsk({ type: 'analyze', bytes: bytesOf(builtinWithProblems), context: context() });
    const plans = restoredAsk({ type: 'plans', statuses: ['ready', 'warning', 'error'] });
    expect(plans.find((plan) => plan.row.line === 2)?.row.password).toBe('Welcome.2026');
  });

  it('answers a request before any file with an error, and lists the view buffers to transfer', () => {
    const inner = createImportSession();
    expect(inner.handle({ id: 1, type: 'reviewCsv' })).toEqual({ id: 1, ok: false, message: expect.any(String) as string });
    const reply = inner.handle({ id: 2, type: 'analyze', bytes: bytesOf(builtinWithProblems), context: context() });
    expect(transferablesOf(reply)).toHaveLength(12);
  });
});
