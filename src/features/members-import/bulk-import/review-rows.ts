import type { ReviewRow } from './components/import-review-columns';

/** How the review is sorted: a column and a direction, or the file's order. */
export type ReviewSort = { field: string; direction: 'asc' | 'desc' } | null;

/**
 * The rows in the order asked for, the file's order breaking ties. Each row's value is read once, so sorting 50,000
 * rows costs one pass over the review and a sort of plain values.
 */
export function sortReviewRows(rows: readonly ReviewRow[], sort: ReviewSort, valueOf: (row: ReviewRow) => string | number): readonly ReviewRow[] {
  if (!sort) return rows;
  const keys = rows.map((row) => {
    const value = valueOf(row);
    return typeof value === 'string' ? value.toLowerCase() : value;
  });
  const order = rows.map((_row, at) => at);
  const sign = sort.direction === 'asc' ? 1 : -1;
  order.sort((a, b) => {
    const left = keys[a] as string | number;
    const right = keys[b] as string | number;
    if (left < right) return -sign;
    if (left > right) return sign;
    return a - b;
  });
  return order.map((at) => rows[at] as ReviewRow);
}

/** One page of rows; a page past the end shows the last one. */
export function reviewPage(rows: readonly ReviewRow[], page: number, pageSize: number): { page: number; rows: readonly ReviewRow[] } {
  const last = Math.max(0, Math.ceil(rows.length / pageSize) - 1);
  const shown = Math.min(Math.max(0, page), last);
  return { page: shown, rows: rows.slice(shown * pageSize, (shown + 1) * pageSize) };
}

/** Rows ticked page by page, or every row shown less those unticked ("Select all N rows shown"). */
export type ReviewSelection = { picked: ReadonlyMap<number, ReviewRow> } | { allExcept: ReadonlySet<number> };

export const noReviewSelection: ReviewSelection = { picked: new Map() };

/** The selected lines among the rows shown, in their order. */
export function selectedLinesOf(selection: ReviewSelection, shown: readonly ReviewRow[]): number[] {
  if ('allExcept' in selection) return shown.filter((row) => !selection.allExcept.has(row.line)).map((row) => row.line);
  if (selection.picked.size === 0) return [];
  return shown.filter((row) => selection.picked.has(row.line)).map((row) => row.line);
}
