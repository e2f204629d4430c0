import type { MemberImportAnalysis } from './analyze-member-file';
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

/** The full analysis (worker side) → the compact view the page draws. */
export function toImportView(analysis: MemberImportAnalysis): ImportView {
  const { file, rows, validation } = analysis;
  const rowByLine = new Map(rows.map((row) => [row.line, row]));
  const count = validation.rows.length;
  const lines = new Uint32Array(count);
  const statuses = new Uint8Array(count);
  const messageEnds = new Uint32Array(count);
  const columns = {
    username: [] as string[],
    name: [] as string[],
    email: [] as string[],
    role: [] as string[],
    userType: [] as string[],
    groups: [] as string[],
    roleId: [] as string[],
    userTypeId: [] as string[],
  };
  const messages: string[] = [];
  validation.rows.forEach((result, index) => {
    const row = rowByLine.get(result.line);
    lines[index] = result.line;
    statuses[index] = reviewStatuses.indexOf(result.status);
    columns.username.push(row?.username ?? '');
    columns.name.push(row ? row.fullName || `${row.firstName} ${row.lastName}`.trim() : '');
    columns.email.push(row?.email ?? '');
    columns.role.push(row?.role ?? '');
    columns.userType.push(row?.userType ?? '');
    columns.groups.push(row?.groups.join('; ') ?? '');
    columns.roleId.push(result.resolved.roleId ?? '');
    columns.userTypeId.push(result.resolved.userTypeId ?? '');
    for (const issue of result.messages) messages.push(issue.message);
    messageEnds[index] = messages.length;
  });
  const first = file.rows[0]?.cells;
  const firstRow = first ? { ...first } : null;
  // Password cells stay in the worker: the preview only needs to know that one is there.
  for (const index of passwordColumns(file.headers, analysis.mapping)) {
    const header = file.headers[index];
    if (firstRow && header !== undefined && firstRow[header]) firstRow[header] = '••••••••';
  }
  return {
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    headers: file.headers,
    fileIssues: file.issues,
    headersUnrecognized: file.headersUnrecognized ?? false,
    rowCount: file.rows.length,
    firstRow,
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
    },
  };
}

export type ReviewTextColumn = 'username' | 'name' | 'email' | 'role' | 'userType' | 'groups' | 'roleId' | 'userTypeId';

/** "Line 12, Email: …" → "Email: …": where the line is its own column, the prefix only repeats it. */
export const withoutLinePrefix = (message: string) => message.replace(/^Line \d+, /, '');

/** Read side of `ReviewColumns`, decoding one cell at a time. */
export const reviewCell = {
  status: (review: ReviewColumns, index: number): MemberRowStatus => reviewStatuses[review.statuses[index] ?? 0] ?? 'ready',
  text: (review: ReviewColumns, column: ReviewTextColumn, index: number) => unpackString(review[column], index),
  messages: (review: ReviewColumns, index: number): string[] => {
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
    const username = unpackString(review.username, index);
    if (username) usernames.add(username);
  }
  return [...usernames];
}
