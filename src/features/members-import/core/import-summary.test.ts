import { describe, expect, it } from 'vitest';

import { describeImportSummary } from './import-summary';
import type { MemberImportSummary } from './types';

const summary = (overrides: Partial<MemberImportSummary>): MemberImportSummary => ({
  total: 415,
  counts: { ready: 412, warning: 0, error: 0, exists: 0, skipped: 3, done: 0 },
  toAdd: 412,
  byRole: [],
  byUserType: [
    { userTypeId: 'creatorUT', name: 'Creator', count: 112, needed: 112, seatsLeft: 200 },
    { userTypeId: 'viewerUT', name: 'Viewer', count: 300, needed: 300, seatsLeft: 1000 },
    { userTypeId: 'editorUT', name: 'Contributor', count: 0, needed: 0, seatsLeft: 10 },
  ],
  ...overrides,
});

describe('describeImportSummary', () => {
  it('names the count per user type, largest first, and what is left out', () => {
    expect(describeImportSummary(summary({}))).toBe('412 members will be added: 300 Viewer, 112 Creator; 3 rows excluded.');
  });
  it('mentions rows with errors and existing members', () => {
    const text = describeImportSummary(summary({ toAdd: 1, counts: { ready: 1, warning: 0, error: 2, exists: 1, skipped: 0, done: 0 }, byUserType: [] }));
    expect(text).toBe('1 member will be added; 2 rows with errors not sent, 1 already a member.');
  });
  it('says which user types are short of seats, for how many rows', () => {
    const text = describeImportSummary(
      summary({
        toAdd: 13,
        counts: { ready: 13, warning: 0, error: 41, exists: 0, skipped: 0, done: 0 },
        byUserType: [
          { userTypeId: 'creatorUT', name: 'Creator', count: 12, needed: 52, seatsLeft: 12 },
          { userTypeId: 'viewerUT', name: 'Viewer', count: 1, needed: 1, seatsLeft: 1 },
          { userTypeId: 'editorUT', name: 'Contributor', count: 0, needed: 1, seatsLeft: 0 },
        ],
      }),
    );
    expect(text).toBe(
      '13 members will be added: 12 Creator, 1 Viewer; 41 rows with errors not sent. Creator seats: 52 rows need one, 12 are left. ' +
        'Contributor seats: 1 row needs one, 0 are left.',
    );
  });
  it('says when the portal did not report the seats of a type being added', () => {
    const text = describeImportSummary(
      summary({
        byUserType: [
          { userTypeId: 'creatorUT', name: 'Creator', count: 112, needed: 112, seatsLeft: null },
          { userTypeId: 'viewerUT', name: 'Viewer', count: 300, needed: 300, seatsLeft: 1000 },
        ],
      }),
    );
    expect(text).toBe(
      '412 members will be added: 300 Viewer, 112 Creator; 3 rows excluded. Seats left for Creator: not reported by ' +
        'the portal, so not checked; the portal refuses a member it has no seat for.',
    );
  });
});
