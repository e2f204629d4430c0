import { describe, expect, it } from 'vitest';

import { readOrgCredits } from './org-credits';

describe('readOrgCredits', () => {
  it('reads allocation on and the organization’s credits (top level first, then subscriptionInfo)', () => {
    expect(readOrgCredits({ creditAssignments: 'enabled', availableCredits: 9584.193 })).toEqual({ allocation: 'on', available: 9584.193 });
    expect(readOrgCredits({ creditAssignments: 'disabled', subscriptionInfo: { availableCredits: 12 } })).toEqual({ allocation: 'off', available: 12 });
  });

  it('says what an ArcGIS Online answer leaves out instead of guessing', () => {
    expect(readOrgCredits({ isPortal: false })).toEqual({ allocation: 'not-reported', available: null });
    expect(readOrgCredits({ creditAssignments: 'maybe', availableCredits: 'lots' })).toEqual({ allocation: 'not-reported', available: null });
  });

  it('has no credits on ArcGIS Enterprise, whatever else the answer carries', () => {
    expect(readOrgCredits({ isPortal: true, creditAssignments: 'enabled', availableCredits: 5 })).toEqual({ allocation: 'not-used', available: null });
  });
});
