import type { MemberImportAnalysis } from './analyze-member-file';
import { fullNameOf } from './build-invitation';
import type { MemberHeaderMatch } from './match-member-headers';
import { passwordColumns } from './review-to-csv';
import type {
  AccountKind,
  MemberField,
  MemberFileDelimiter,
  MemberFileEncoding,
  MemberFileFormat,
  MemberImportSummary,
  MemberIssue,
  MemberMapping,
  MemberRow,
  MemberRowResult,
  MemberRowStatus,
} from './types';

/**
 * Many strings in one: `text` holds them back to back and `ends[i]` is where string i stops. No separator, so any
 * cell content survives, and it crosses from the worker as two flat values instead of thousands of objects.
 */
export type PackedStrings = { text: string; ends: Uint32Array };

/** The review rows by column, in file order. Never holds a password. */
export type ReviewColumns = {
  lines: Uint32Array;
  /** Index into `reviewStatuses`. */
  statuses: Uint8Array;
  username: PackedStrings;
  name: PackedStrings;
  email: PackedStrings;
  role: PackedStrings;
  userType: PackedStrings;
  /** The row's group references (titles or ids) as written, joined by "; ". */
  groups: PackedStrings;
  /** The role and user type ids the row resolved to ('' for none): what an empty cell defaults to. */
  roleId: PackedStrings;
  userTypeId: PackedStrings;
  /** Every row's messages, flattened; row i owns messages `messageEnds[i - 1] ?? 0` to `messageEnds[i]`. */
  messages: PackedStrings;
  messageEnds: Uint32Array;
  /**
   * Rows changed since the columns were packed (a fix, the portal's answers), by index: read before the packed
   * columns. A fix then crosses from the worker as those rows alone instead of the whole file packed again.
   */
  changed?: ReadonlyMap<number, ReviewRowValues>;
  /** Counts the views the worker has answered for this file: a patch applies only to the view it was made from. */
  revision: number;
};

/** One review row's values, as the packed columns hold them. */
export type ReviewRowValues = Record<ReviewTextColumn, string> & { status: MemberRowStatus; messages: string[] };

/** The rows of a view that changed (by index, in order), with what else a fix or an answer can change. */
export type ReviewPatch = {
  /** The `revision` of the view it applies to; the patched view has `revision + 1`. */
  base: number;
  indexes: Uint32Array;
  rows: ReviewRowValues[];
  summary: MemberImportSummary;
  firstRow: Record<string, string> | null;
};

/** What the page gets back from the worker: enough to draw every step, small enough to clone in a few ms. */
export type ImportView = {
  format: MemberFileFormat;
  encoding: MemberFileEncoding;
  delimiter: MemberFileDelimiter;
  headers: string[];
  /** Problems with the file itself (not with a row). */
  fileIssues: MemberIssue[];
  rowCount: number;
  /** The first row's cells by header, for the columns step's preview; password cells are masked. */
  firstRow: Record<string, string> | null;
  headerMatch: MemberHeaderMatch;
  mapping: MemberMapping;
  missingRequired: MemberField[];
  accountKind: AccountKind;
  summary: MemberImportSummary;
  review: ReviewColumns;
  /** Most headers were not recognised: the kind of accounts is not claimed (see `ParsedMemberFile`). */
  headersUnrecognized: boolean;
  /** Read from the first sheet of an Excel workbook (.xlsx), not from text. */
  workbook?: true;
};

export const reviewStatuses: readonly MemberRowStatus[] = ['ready', 'warning', 'error', 'exists', 'skipped', 'done'];

export function packStrings(values: readonly string[]): PackedStrings {
  const ends = new Uint32Array(values.length);
  let end = 0;
  values.forEach((value, index) => {
    end += value.length;
    ends[index] = end;
  });
  return { text: values.join(''), ends };
}

export function unpackString(packed: PackedStrings, index: number): string {
  return packed.text.slice(index > 0 ? (packed.ends[index - 1] ?? 0) : 0, packed.ends[index] ?? 0);
}

/** The full analysis (worker side) → the compact view the page draws; `revision` numbers it (see `ReviewPatch`). */
export function toImportView(analysis: MemberImportAnalysis, revision: number): ImportView {
  const { file, validation } = analysis;
  const rowAt = rowReader(analysis);
  const count = validation.rows.length;
  const lines = new Uint32Array(count);
  const statuses = new Uint8Array(count);
  const messageEnds = new Uint32Array(count);
  const columns: Record<ReviewTextColumn, string[]> = {
    username: [],
    name: [],
    email: [],
    role: [],
    userType: [],
    groups: [],
    roleId: [],
    userTypeId: [],
  };
  const messages: string[] = [];
  // Straight into the columns, without a `ReviewRowValues` object per row of a 50,000-row file.
  validation.rows.forEach((result, index) => {
    const row = rowAt(index);
    lines[index] = result.line;
    statuses[index] = reviewStatuses.indexOf(result.status);
    for (const column of reviewTextColumns) columns[column].push(reviewText[column](row, result));
    for (const issue of result.messages) messages.push(issue.message);
    messageEnds[index] = messages.length;
  });
  return {
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    headers: file.headers,
    fileIssues: file.issues,
    headersUnrecognized: file.headersUnrecognized ?? false,
    rowCount: file.rows.length,
    firstRow: firstRowOf(analysis),
    headerMatch: analysis.headerMatch,
    mapping: analysis.mapping,
    missingRequired: analysis.missingRequired,
    accountKind: analysis.accountKind,
    summary: validation.summary,
    review: {
      lines,
      statuses,
      username: packStrings(columns.username),
      name: packStrings(columns.name),
      email: packStrings(columns.email),
      role: packStrings(columns.role),
      userType: packStrings(columns.userType),
      groups: packStrings(columns.groups),
      roleId: packStrings(columns.roleId),
      userTypeId: packStrings(columns.userTypeId),
      messages: packStrings(messages),
      messageEnds,
      revision,
    },
  };
}

/** The rows at `indexes` of `analysis` as a patch on the view numbered `base` (worker side). */
export function toReviewPatch(analysis: MemberImportAnalysis, indexes: readonly number[], base: number): ReviewPatch {
  const valuesAt = reviewValuesReader(analysis);
  return {
    base,
    indexes: Uint32Array.from(indexes),
    rows: indexes.map(valuesAt),
    summary: analysis.validation.summary,
    firstRow: firstRowOf(analysis),
  };
}

/** `view` with `patch`'s rows (page side): the packed columns are shared, the changed rows read first. */
export function applyReviewPatch(view: ImportView, patch: ReviewPatch): ImportView {
  const statuses = view.review.statuses.slice();
  const changed = new Map(view.review.changed);
  patch.indexes.forEach((index, at) => {
    const values = patch.rows[at];
    if (!values) return;
    statuses[index] = reviewStatuses.indexOf(values.status);
    changed.set(index, values);
  });
  return { ...view, summary: patch.summary, firstRow: patch.firstRow, review: { ...view.review, statuses, changed, revision: patch.base + 1 } };
}

/** The mapped row of each validation result, by the result's index. */
function rowReader({ rows, validation }: MemberImportAnalysis): (index: number) => MemberRow | undefined {
  // Rows and results are in file order, one each, except that a row the mapping could not read has a result only.
  const aligned = rows.length === validation.rows.length && rows.every((row, index) => row.line === validation.rows[index]?.line);
  if (aligned) return (index) => rows[index];
  const rowByLine = new Map(rows.map((row) => [row.line, row]));
  return (index) => rowByLine.get(validation.rows[index]?.line ?? -1);
}

function reviewValuesReader(analysis: MemberImportAnalysis): (index: number) => ReviewRowValues {
  const rowAt = rowReader(analysis);
  return (index) => {
    const result = analysis.validation.rows[index];
    const row = rowAt(index);
    const values = Object.fromEntries(reviewTextColumns.map((column) => [column, reviewText[column](row, result)])) as Record<ReviewTextColumn, string>;
    return { ...values, status: result?.status ?? 'ready', messages: result?.messages.map((issue) => issue.message) ?? [] };
  };
}

/** The first row's cells for the columns step; password cells stay in the worker: the preview only needs to know one is there. */
function firstRowOf({ file, mapping }: MemberImportAnalysis): Record<string, string> | null {
  const first = file.rows[0]?.cells;
  const firstRow = first ? { ...first } : null;
  for (const index of passwordColumns(file.headers, mapping)) {
    const header = file.headers[index];
    if (firstRow && header !== undefined && firstRow[header]) firstRow[header] = '••••••••';
  }
  return firstRow;
}

/** What each text column of the review shows for a row and its result. */
const reviewText = {
  username: (row?: MemberRow) => row?.username ?? '',
  name: (row?: MemberRow) => (row ? fullNameOf(row) : ''),
  email: (row?: MemberRow) => row?.email ?? '',
  role: (row?: MemberRow) => row?.role ?? '',
  userType: (row?: MemberRow) => row?.userType ?? '',
  groups: (row?: MemberRow) => row?.groups.join('; ') ?? '',
  roleId: (_row?: MemberRow, result?: MemberRowResult) => result?.resolved.roleId ?? '',
  userTypeId: (_row?: MemberRow, result?: MemberRowResult) => result?.resolved.userTypeId ?? '',
};
export type ReviewTextColumn = keyof typeof reviewText;
const reviewTextColumns = Object.keys(reviewText) as ReviewTextColumn[];

/** "Line 12, Email: …" → "Email: …": where the line is its own column, the prefix only repeats it. */
export const withoutLinePrefix = (message: string) => message.replace(/^Line \d+, /, '');

/** Read side of `ReviewColumns`, decoding one cell at a time. */
export const reviewCell = {
  status: (review: ReviewColumns, index: number): MemberRowStatus => reviewStatuses[review.statuses[index] ?? 0] ?? 'ready',
  text: (review: ReviewColumns, column: ReviewTextColumn, index: number) => review.changed?.get(index)?.[column] ?? unpackString(review[column], index),
  messages: (review: ReviewColumns, index: number): string[] => {
    const changed = review.changed?.get(index);
    if (changed) return changed.messages;
    const start = index > 0 ? (review.messageEnds[index - 1] ?? 0) : 0;
    const end = review.messageEnds[index] ?? 0;
    const result: string[] = [];
    for (let message = start; message < end; message += 1) result.push(unpackString(review.messages, message));
    return result;
  },
  /** The row's messages without their "Line N, " prefix. */
  problems: (review: ReviewColumns, index: number): string[] => reviewCell.messages(review, index).map(withoutLinePrefix),
};

/** Review status and reason (messages without their "Line N, " prefix, joined by "; "), as `outcomesFromValidation`. */
export function reviewOutcome(review: ReviewColumns, index: number): { line: number; status: MemberRowStatus; reason: string } {
  return {
    line: review.lines[index] ?? 0,
    status: reviewCell.status(review, index),
    reason: reviewCell.problems(review, index).join('; '),
  };
}

/** The rows' non-empty usernames, each once. */
export function reviewUsernames(review: ReviewColumns): string[] {
  const usernames = new Set<string>();
  for (let index = 0; index < review.lines.length; index += 1) {
    const username = reviewCell.text(review, 'username', index);
    if (username) usernames.add(username);
  }
  return [...usernames];
}
