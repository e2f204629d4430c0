import Papa from 'papaparse';

import { protectCell } from '@/lib/csv/protect-cell';

import { fieldForHeader } from './member-columns';
import type { MemberMapping, MemberRowResult, ParsedMemberFile } from './types';

/** What happened to one line: a review status (ready, error …) or a report one (added, failed …) and why. */
export type RowOutcome = { line: number; status: string; reason: string };

const ownColumns = new Set(['status', 'reason']);

/** Review results → outcomes: the status and the row's messages, without their "Line N, " prefix, joined by "; ". */
export function outcomesFromValidation(results: readonly MemberRowResult[]): RowOutcome[] {
  return results.map(({ line, status, messages }) => ({
    line,
    status,
    reason: messages.map((issue) => issue.message.replace(/^Line \d+, /, '')).join('; '),
  }));
}

/** A column the file lacked and the reviewer filled (role, user type, groups set in the review), before status. */
export type AddedColumn = { header: string; valueOf: (line: number) => string };

/** Who prepared and who approved an approved plan's run, as two columns on every row of its report. */
export type ApprovalNames = { preparedBy: string; approvedBy: string };

export function approvalColumns(approval: ApprovalNames | undefined): AddedColumn[] {
  if (!approval) return [];
  return [
    { header: 'prepared_by', valueOf: () => approval.preparedBy },
    { header: 'approved_by', valueOf: () => approval.approvedBy },
  ];
}

/** Columns holding passwords: the one mapped to Password and any whose header names a password. */
export function passwordColumns(headers: readonly string[], mapping?: MemberMapping): number[] {
  return headers.flatMap((header, index) => (index === mapping?.password || fieldForHeader(header) === 'password' ? [index] : []));
}

/**
 * The rows that have an outcome, as CSV shaped like the input plus `status` and `reason`, ready to fix and import
 * again. Password columns stay but are emptied; every cell is protected against formula injection. Starts with a BOM
 * (Excel reads UTF-8 only with one) and uses CRLF line breaks.
 */
export function reviewToCsv(
  file: Pick<ParsedMemberFile, 'headers' | 'rows'>,
  outcomes: readonly RowOutcome[],
  options: { mapping?: MemberMapping; bom?: boolean; added?: readonly AddedColumn[] } = {},
): string {
  const added = options.added ?? [];
  const blanked = new Set(passwordColumns(file.headers, options.mapping));
  // A file that is itself a downloaded review already has these two; replace them rather than add a second pair.
  const kept = file.headers.map((header, index) => ({ header, index })).filter(({ header }) => !ownColumns.has(header.trim().toLowerCase()));
  const outcomeByLine = new Map(outcomes.map((outcome) => [outcome.line, outcome]));
  const records = file.rows.flatMap(({ line, cells }) => {
    const outcome = outcomeByLine.get(line);
    if (!outcome) return [];
    const values = kept.map(({ header, index }) => (blanked.has(index) ? '' : (cells[header] ?? '')));
    const extra = added.map((column) => column.valueOf(line));
    return [[...values, ...extra, outcome.status, outcome.reason].map(protectCell)];
  });
  const headerRow = [...kept.map(({ header }) => header), ...added.map((column) => column.header), 'status', 'reason'].map(protectCell);
  const csv = Papa.unparse([headerRow, ...records], { newline: '\r\n' });
  return options.bom === false ? csv : `\uFEFF${csv}`;
}
