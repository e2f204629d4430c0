import {
  analyzeKeepingValidator,
  type KeptAnalysis,
  reanalyzeLine,
  recheckAnswers,
  settableWithoutColumn,
  type MemberImportAnalysis,
  type MemberImportRequest,
  parseMemberBytes,
  usernamesAsRead,
} from '../core/analyze-member-file';
import { type ImportView, type ReviewPatch, toImportView, toReviewPatch } from '../core/import-view';
import { usernamesChangedByAnswers, usernamesChangedByFix } from '../core/line-change';
import { passwordShortfalls } from '../core/member-field-rules';
import {
  type AddedColumn,
  approvalColumns,
  type ApprovalNames,
  outcomesFromValidation,
  passwordColumns,
  reviewToCsv,
  type RowOutcome,
} from '../core/review-to-csv';
import type { ImportPlanRow, MemberMapping, MemberRow, MemberRowResult, MemberRowStatus, ParsedMemberFile } from '../core/types';

type Checks = Omit<MemberImportRequest, 'bytes' | 'delimiter'>;

/**
 * What a reload may keep of the file: only the mapped columns, the password column emptied, and for each filled
 * password what it lacked under the policy (never the password). `restore` reads it back.
 */
type DraftContent = { file: ParsedMemberFile; withheldPasswords: [line: number, shortfalls: string[]][] };
/**
 * The file as a draft keeps it (`draftOf`), as JSON text: one string crosses to the page and into IndexedDB, where
 * 50,000 row objects took the page half a second to receive and as long again to store.
 */
export type DraftFile = { json: string };

const passwordsWithheld = 'Passwords are not kept when the page is reloaded: choose the file again before sending.';

/** A chosen file's bytes as text; `workbook` when they were read from an Excel workbook's first sheet. */
type FileBytes = { bytes: ArrayBuffer; workbook?: true };

/** A row as the Fix dialog edits it: everything but the password, which stays in the worker. */
export type EditableMemberRow = Omit<MemberRow, 'password'> & { hasPassword: boolean };

/**
 * What the page asks the worker. The worker keeps the current import (bytes, parsed file, mapped rows, validation):
 * `analyze` starts one, every other request works on it, so only compact answers cross back.
 */
export type ImportRequest =
  /**
   * The file parsed and kept (not checked): the usernames its rows give under the columns as read, so the portal can
   * be asked about them while `analyze` checks the rows. `analyze` then names the read by its `id`.
   */
  | ({ type: 'read' } & FileBytes)
  | ({ type: 'analyze' } & (FileBytes | { read: number }) & Checks)
  | ({ type: 'revalidate' } & Checks)
  /** `revalidate` after a fix to one line: only that row and the rows it collides with are checked again, when nothing else changed. */
  | ({ type: 'fix'; line: number } & Checks)
  | ({ type: 'restore'; draft: DraftFile } & Checks)
  /** The current view whole (when the page missed one a patch builds on). */
  | { type: 'view' }
  | { type: 'draft' }
  | { type: 'row'; line: number }
  | { type: 'reviewCsv'; outcomes?: readonly RowOutcome[] }
  | { type: 'reportCsv'; outcomes: readonly RowOutcome[]; approval?: ApprovalNames }
  | { type: 'plans'; statuses: readonly MemberRowStatus[]; exceptLines?: readonly number[]; onlyLines?: readonly number[] };

/** A check again of the file the worker holds: the rows that changed when only some did, else the whole view. */
export type ViewUpdate = { view: ImportView } | { patch: ReviewPatch };

/** The answer to each request type. */
export type ImportAnswers = {
  read: { id: number; usernames: string[] };
  analyze: ImportView;
  revalidate: ViewUpdate;
  fix: ViewUpdate;
  restore: ImportView;
  view: ImportView;
  draft: DraftFile;
  row: EditableMemberRow | null;
  reviewCsv: string;
  reportCsv: string;
  /** The only answer that holds passwords: asked for right before the rows are sent. */
  plans: ImportPlanRow[];
};

export type ImportMessage = { id: number } & ImportRequest;
export type ImportReply = { id: number; ok: true; answer: ImportAnswers[ImportRequest['type']] } | { id: number; ok: false; message: string };

/** The worker's state and protocol, without the worker: `member-import.worker.ts` only forwards messages here. */
export function createImportSession() {
  let parsed: ReturnType<typeof parseMemberBytes> | null = null;
  let analysis: MemberImportAnalysis | null = null;
  let kept: KeptAnalysis | null = null;
  // Set while the file held is a restored draft: the review works, sending does not.
  let withheld: Map<number, string[]> | null = null;
  let lastChecks: Checks | null = null;
  let revision = 0;
  // Whether the file held came from an Excel workbook: every whole view says so (the columns step shows it).
  let fromWorkbook = false;
  // Files read and not analyzed yet, by id: two at most (a file chosen while the last one was still being read).
  const reads = new Map<number, { file: ParsedMemberFile; fromWorkbook: boolean }>();
  let lastRead = 0;
  const viewOf = (of: MemberImportAnalysis): ImportView => {
    const view = toImportView(of, revision);
    return fromWorkbook ? { ...view, workbook: true } : view;
  };
  const withWithheld = (checks: Checks): Checks => (withheld ? { ...checks, context: { ...checks.context, withheldPasswords: withheld } } : checks);

  const analyzeWith = (file: ParsedMemberFile, checks: Checks) => {
    kept = analyzeKeepingValidator(file, withWithheld(checks));
    // With the columns as read (no mapping asked for), so the same columns confirmed later are no change.
    lastChecks = { ...checks, mapping: kept.analysis.mapping };
    analysis = kept.analysis;
    revision += 1;
    return viewOf(analysis);
  };

  /** `next` replaces `previous` (the same file, some rows checked again): a patch of the rows whose review changed. */
  const updateTo = (previous: MemberImportAnalysis, next: KeptAnalysis, checks: Checks, fixedLine?: number): ViewUpdate => {
    kept = next;
    lastChecks = checks;
    analysis = next.analysis;
    const indexes = changedRowIndexes(previous, analysis, fixedLine);
    revision += 1;
    return indexes.length > largestPatch ? { view: viewOf(analysis) } : { patch: toReviewPatch(analysis, indexes, revision - 1) };
  };

  const current = () => {
    if (!analysis) throw new Error('No member file has been read yet.');
    return analysis;
  };

  const answer = (request: ImportRequest): ImportAnswers[ImportRequest['type']] => {
    switch (request.type) {
      case 'read': {
        const file = parseMemberBytes(request.bytes);
        lastRead += 1;
        reads.set(lastRead, { file, fromWorkbook: request.workbook === true });
        reads.delete(lastRead - 2);
        return { id: lastRead, usernames: usernamesAsRead(file) };
      }
      case 'analyze': {
        const { type: _type, ...withFile } = request;
        let file: { file: ParsedMemberFile; fromWorkbook: boolean } | undefined;
        let checks: Checks;
        if ('bytes' in withFile) {
          const { bytes, workbook, ...rest } = withFile;
          file = { file: parseMemberBytes(bytes), fromWorkbook: workbook === true };
          checks = rest;
        } else {
          const { read, ...rest } = withFile;
          file = reads.get(read);
          reads.delete(read);
          checks = rest;
        }
        if (!file) throw new Error('Another member file was chosen in the meantime; choose this one again.');
        parsed = file.file;
        fromWorkbook = file.fromWorkbook;
        withheld = null;
        return analyzeWith(parsed, checks);
      }
      case 'revalidate': {
        if (!parsed) throw new Error('No member file has been read yet.');
        const { type: _type, ...checks } = request;
        // The review's checks arriving change only the rows they name; anything else is the whole file again.
        const changed = kept && lastChecks ? usernamesChangedByAnswers(lastChecks, checks) : null;
        if (!kept || !changed) return { view: analyzeWith(parsed, checks) };
        return updateTo(kept.analysis, recheckAnswers(parsed, kept, withWithheld(checks), changed), checks);
      }
      case 'fix': {
        if (!parsed) throw new Error('No member file has been read yet.');
        const { type: _type, line, ...checks } = request;
        const changed = lastChecks ? usernamesChangedByFix(lastChecks, checks, line) : null;
        const previous = kept?.analysis;
        const next = kept && changed ? reanalyzeLine(parsed, kept, withWithheld(checks), line, changed) : null;
        if (!next || !previous) return { view: analyzeWith(parsed, checks) };
        return updateTo(previous, next, checks, line);
      }
      case 'restore': {
        const { type: _type, draft, ...checks } = request;
        const content = JSON.parse(draft.json) as DraftContent;
        parsed = content.file;
        fromWorkbook = false; // a draft keeps the rows, not where they were read from
        withheld = new Map(content.withheldPasswords);
        return analyzeWith(parsed, checks);
      }
      case 'view':
        return viewOf(current());
      case 'draft': {
        if (!parsed) throw new Error('No member file has been read yet.');
        const { mapping } = current();
        if (withheld) return { json: JSON.stringify({ file: parsed, withheldPasswords: [...withheld] } satisfies DraftContent) };
        const policy = lastChecks?.context.passwordPolicy;
        return { json: JSON.stringify(draftOf(parsed, mapping, (password) => (policy ? passwordShortfalls(password, policy) : []))) };
      }
      case 'row': {
        const row = current().rows.find((candidate) => candidate.line === request.line);
        if (!row) return null;
        const { password, ...rest } = row;
        return { ...rest, hasPassword: password !== '' || (withheld?.has(row.line) ?? false) };
      }
      case 'reviewCsv':
      case 'reportCsv': {
        const { file, validation, mapping, rows } = current();
        const approval = request.type === 'reportCsv' ? request.approval : undefined;
        return reviewToCsv(file, request.outcomes ?? outcomesFromValidation(validation.rows), {
          mapping,
          added: [...columnsSetInReview(rows, mapping), ...approvalColumns(approval)],
        });
      }
      case 'plans': {
        if (withheld) throw new Error(passwordsWithheld);
        const { rows, validation } = current();
        const resultsByLine = new Map(validation.rows.map((result) => [result.line, result]));
        const except = new Set(request.exceptLines);
        const only = request.onlyLines ? new Set(request.onlyLines) : null;
        return rows.flatMap((row) => {
          const result = resultsByLine.get(row.line);
          const asked = !except.has(row.line) && (!only || only.has(row.line));
          return result && asked && request.statuses.includes(result.status) ? [{ row, resolved: result.resolved }] : [];
        });
      }
    }
  };

  return {
    handle(message: ImportMessage): ImportReply {
      try {
        return { id: message.id, ok: true, answer: answer(message) };
      } catch (error) {
        return { id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

/** Beyond this many changed rows, packing the whole view again is as quick as sending the rows. */
const largestPatch = 5_000;

/**
 * Indexes of the rows whose review differs between two analyses of the same file: results are kept unless checked
 * again, so most compare as the same object; a row over its seats gets a new result each time, so those compare by
 * what they show. `fixedLine`'s row is always in (its cells changed even where its result did not).
 */
function changedRowIndexes(previous: MemberImportAnalysis, next: MemberImportAnalysis, fixedLine?: number): number[] {
  const indexes: number[] = [];
  next.validation.rows.forEach((result, index) => {
    const before = previous.validation.rows[index];
    if (result.line === fixedLine || !before || !sameResult(before, result) || previous.rows[index] !== next.rows[index]) indexes.push(index);
  });
  return indexes;
}

function sameResult(a: MemberRowResult, b: MemberRowResult): boolean {
  if (a === b) return true;
  return (
    a.line === b.line &&
    a.status === b.status &&
    a.resolved.roleId === b.resolved.roleId &&
    a.resolved.userTypeId === b.resolved.userTypeId &&
    a.messages.length === b.messages.length &&
    a.messages.every((issue, at) => issue.message === b.messages[at]?.message)
  );
}

const addedHeaders: Record<(typeof settableWithoutColumn)[number], string> = { role: 'Role', userType: 'User Type', groups: 'Groups' };

/** Role, user type and groups the reviewer set where the file has no such column, so a re-import keeps them. */
function columnsSetInReview(rows: readonly MemberRow[], mapping: MemberMapping): AddedColumn[] {
  const byLine = new Map(rows.map((row) => [row.line, row]));
  const valueOf = (field: (typeof settableWithoutColumn)[number], row: MemberRow | undefined) =>
    !row ? '' : field === 'groups' ? row.groups.join('; ') : row[field];
  return settableWithoutColumn
    .filter((field) => mapping[field] === undefined && rows.some((row) => valueOf(field, row) !== ''))
    .map((field) => ({ header: addedHeaders[field], valueOf: (line) => valueOf(field, byLine.get(line)) }));
}

/** The file as a draft may keep it: mapped columns only, no password, each password's shortfalls instead. */
function draftOf(file: ParsedMemberFile, mapping: MemberImportAnalysis['mapping'], shortfallsOf: (password: string) => string[]): DraftContent {
  const secret = new Set(passwordColumns(file.headers, mapping).map((index) => file.headers[index]));
  const kept = Object.values(mapping).flatMap((index) => {
    const header = index === undefined ? undefined : file.headers[index];
    return header === undefined || secret.has(header) ? [] : [header];
  });
  const passwordHeader = mapping.password === undefined ? undefined : file.headers[mapping.password];
  const withheldPasswords: DraftContent['withheldPasswords'] = [];
  const rows = file.rows.map((row) => {
    const password = passwordHeader === undefined ? '' : (row.cells[passwordHeader] ?? '');
    if (password !== '') withheldPasswords.push([row.line, shortfallsOf(password)]);
    return { line: row.line, cells: Object.fromEntries(kept.map((header) => [header, row.cells[header] ?? ''])) };
  });
  return { file: { ...file, rows }, withheldPasswords };
}

/** Buffers a reply can transfer instead of copying (the view's typed arrays). */
export function transferablesOf(reply: ImportReply): ArrayBuffer[] {
  if (!reply.ok || typeof reply.answer !== 'object' || reply.answer === null) return [];
  const view = 'view' in reply.answer ? reply.answer.view : reply.answer;
  if (!('review' in view)) return [];
  const { review } = view;
  return [
    review.lines,
    review.statuses,
    review.messageEnds,
    review.username.ends,
    review.name.ends,
    review.email.ends,
    review.role.ends,
    review.userType.ends,
    review.groups.ends,
    review.roleId.ends,
    review.userTypeId.ends,
    review.messages.ends,
  ].map((array) => array.buffer as ArrayBuffer);
}
