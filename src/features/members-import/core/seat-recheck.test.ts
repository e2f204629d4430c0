import { describe, expect, it } from 'vitest';

import { memberImportContext } from '@/testing/fixtures/members-import/member-import-context';

import { packStrings, type ReviewColumns, reviewStatuses } from './import-view';
import { describeLines, seatsChangedMessage, sendableChange, withSeatsNow } from './seat-recheck';
import type { MemberRowStatus } from './types';

const review = (statuses: MemberRowStatus[]): ReviewColumns => {
  const empty = packStrings(statuses.map(() => ''));
  return {
    lines: Uint32Array.from(statuses, (_status, index) => index + 2),
    statuses: Uint8Array.from(statuses, (status) => reviewStatuses.indexOf(status)),
    username: empty,
    name: empty,
    email: empty,
    role: empty,
    userType: empty,
    groups: empty,
    roleId: empty,
    userTypeId: empty,
    messages: packStrings([]),
    messageEnds: new Uint32Array(statuses.length),
    revision: 1,
  };
};

describe('withSeatsNow', () => {
  it('takes the seats the portal reports now, and says when nothing changed', () => {
    const organization = memberImportContext({ seats: { creatorUT: 0 } });
    expect(
      withSeatsNow(organization, [
        { id: 'creatorUT', left: 0 },
        { id: 'unknownUT', left: 3 },
      ]),
    ).toBeNull();
    const next = withSeatsNow(organization, [{ id: 'creatorUT', left: 5 }]);
    expect(next?.userTypes?.find((type) => type.id === 'creatorUT')?.seatsLeft).toBe(5);
    expect(next?.userTypes?.find((type) => type.id === 'viewerUT')?.seatsLeft).toBe(100_000);
    expect(withSeatsNow({ ...organization, userTypes: null }, [{ id: 'creatorUT', left: 5 }])).toBeNull();
  });
});

describe('sendableChange and seatsChangedMessage', () => {
  it('names the rows that no longer fit, before those that now fit', () => {
    const change = sendableChange(review(['ready', 'warning', 'error', 'ready']), review(['error', 'warning', 'ready', 'error']));
    expect(change).toEqual({ lost: [2, 5], gained: [4] });
    expect(seatsChangedMessage(change)).toBe(
      'Seats changed while you reviewed: 2 rows no longer fit the seats left (lines 2 and 5). Nothing was sent. ' +
        'Give them another user type or exclude them, then add again.',
    );
    expect(seatsChangedMessage({ lost: [], gained: [4] })).toMatch(/^Seats changed while you reviewed: 1 more row can now be added \(line 4\)/);
    expect(seatsChangedMessage({ lost: [], gained: [] })).toBeNull();
  });

  it('lists a dozen lines and counts the rest', () => {
    const lines = Array.from({ length: 1000 }, (_value, index) => index + 2);
    expect(describeLines(lines)).toBe('lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 and 988 more');
    expect(describeLines([7])).toBe('line 7');
  });
});
