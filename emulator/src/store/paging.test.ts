import { describe, expect, it } from 'vitest';

import { listWindow, pageWindow, readPaging, searchTotal } from './paging';

describe('readPaging', () => {
  it('defaults to start 1 and num 10, clamps num to 100', () => {
    expect(readPaging(undefined, undefined)).toEqual({ start: 1, num: 10 });
    expect(readPaging('5', '500')).toEqual({ start: 5, num: 100 });
    expect(readPaging('0', '-3')).toEqual({ start: 1, num: 10 });
    expect(readPaging('abc', '')).toEqual({ start: 1, num: 10 });
    expect(readPaging('2', '0')).toEqual({ start: 2, num: 0 });
    expect(readPaging(undefined, undefined, 25)).toEqual({ start: 1, num: 25 });
  });
});

describe('pageWindow', () => {
  it('pages 1-based with nextStart -1 on the last page', () => {
    expect(pageWindow({ start: 1, num: 10 }, 25)).toEqual({ offset: 0, limit: 10, nextStart: 11 });
    expect(pageWindow({ start: 21, num: 10 }, 25)).toEqual({ offset: 20, limit: 10, nextStart: -1 });
    expect(pageWindow({ start: 16, num: 10 }, 25)).toEqual({ offset: 15, limit: 10, nextStart: -1 });
    expect(pageWindow({ start: 11, num: 10 }, 20)).toEqual({ offset: 10, limit: 10, nextStart: -1 });
  });

  it('returns totals only for num 0', () => {
    expect(pageWindow({ start: 1, num: 0 }, 25)).toEqual({ offset: 0, limit: 0, nextStart: -1 });
  });

  it('never pages past the 10,000th result', () => {
    expect(pageWindow({ start: 9991, num: 10 }, 50_000)).toEqual({ offset: 9990, limit: 10, nextStart: -1 });
    expect(pageWindow({ start: 9981, num: 10 }, 50_000)).toEqual({ offset: 9980, limit: 10, nextStart: 9991 });
    expect(pageWindow({ start: 9995, num: 10 }, 50_000)).toEqual({ offset: 9994, limit: 6, nextStart: -1 });
    expect(pageWindow({ start: 10_001, num: 10 }, 50_000)).toEqual({ offset: 10_000, limit: 0, nextStart: -1 });
  });
});

describe('listWindow (listings that are not searches)', () => {
  it('pages past 10,000 with nextStart -1 only on the last page', () => {
    expect(listWindow({ start: 10_001, num: 10 }, 50_000)).toEqual({ offset: 10_000, limit: 10, nextStart: 10_011 });
    expect(listWindow({ start: 49_991, num: 10 }, 50_000)).toEqual({ offset: 49_990, limit: 10, nextStart: -1 });
    expect(listWindow({ start: 1, num: 10 }, 5)).toEqual({ offset: 0, limit: 10, nextStart: -1 });
    expect(listWindow({ start: 1, num: 0 }, 5)).toEqual({ offset: 0, limit: 0, nextStart: -1 });
  });
});

describe('searchTotal', () => {
  it('reports at most 10,000 unless the exact count is asked for', () => {
    expect(searchTotal(9_999, false)).toBe(9_999);
    expect(searchTotal(10_000, false)).toBe(10_000);
    expect(searchTotal(25_000, false)).toBe(10_000);
    expect(searchTotal(25_000, true)).toBe(25_000);
  });
});
