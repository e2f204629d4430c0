import { describe, expect, it } from 'vitest';

import { reviewPage, selectedLinesOf, sortReviewRows } from './review-rows';

const rows = [5, 2, 9, 3].map((line, index) => ({ line, index }));
const names = new Map([
  [5, 'carla'],
  [2, 'Ana'],
  [9, 'ben'],
  [3, 'ana'],
]);

describe('sortReviewRows', () => {
  it('keeps the file order without a sort', () => {
    expect(sortReviewRows(rows, null, () => '')).toBe(rows);
  });

  it('sorts text without regard to case, ties in file order, both ways', () => {
    const byName = (direction: 'asc' | 'desc') =>
      sortReviewRows(rows, { field: 'username', direction }, (row) => names.get(row.line) ?? '').map((row) => row.line);
    expect(byName('asc')).toEqual([2, 3, 9, 5]);
    expect(byName('desc')).toEqual([5, 9, 2, 3]);
  });

  it('sorts numbers as numbers', () => {
    expect(
      sortReviewRows(
        [10, 9, 100].map((line, index) => ({ line, index })),
        { field: 'line', direction: 'asc' },
        (row) => row.line,
      ).map((row) => row.line),
    ).toEqual([9, 10, 100]);
  });
});

describe('reviewPage', () => {
  const many = Array.from({ length: 250 }, (_, index) => ({ line: index + 2, index }));
  it('cuts one page, and a page past the end shows the last', () => {
    expect(reviewPage(many, 1, 100).rows.map((row) => row.line)).toEqual(many.slice(100, 200).map((row) => row.line));
    expect(reviewPage(many, 7, 100)).toMatchObject({ page: 2, rows: many.slice(200) });
    expect(reviewPage([], 3, 100)).toEqual({ page: 0, rows: [] });
  });
});

describe('selectedLinesOf', () => {
  it('counts only the rows shown: the picks among them, or all of them less the unticked', () => {
    const shown = rows.slice(0, 3);
    expect(
      selectedLinesOf(
        {
          picked: new Map([
            [3, { line: 3, index: 3 }],
            [2, { line: 2, index: 1 }],
          ]),
        },
        shown,
      ),
    ).toEqual([2]);
    expect(selectedLinesOf({ allExcept: new Set([9]) }, shown)).toEqual([5, 2]);
  });
});
