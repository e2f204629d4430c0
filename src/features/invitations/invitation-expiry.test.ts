import { describe, expect, it } from 'vitest';

import { expiryOf } from './invitation-expiry';

const DAY = 86_400_000;
const now = 1_700_000_000_000;

describe('expiryOf', () => {
  it('reads the portal’s expiration', () => {
    expect(expiryOf({ created: now - DAY, expiration: now + 2 * DAY + 1 }, now)).toEqual({
      kind: 'pending',
      at: now + 2 * DAY + 1,
      daysLeft: 3,
      estimated: false,
    });
    expect(expiryOf({ created: now - DAY, expiration: now + 3 * 3_600_000 }, now)).toMatchObject({ kind: 'pending', daysLeft: 1 });
  });

  it('says expired once the expiration has passed, even while the portal still lists it', () => {
    expect(expiryOf({ created: now - 15 * DAY, expiration: now - DAY }, now)).toEqual({ kind: 'expired', at: now - DAY });
    expect(expiryOf({ created: null, expiration: now }, now)).toEqual({ kind: 'expired', at: now });
  });

  it('estimates 14 days after it was sent when the portal gives no expiration, and unknown without either', () => {
    expect(expiryOf({ created: now - 4 * DAY, expiration: null }, now)).toEqual({ kind: 'pending', at: now + 10 * DAY, daysLeft: 10, estimated: true });
    expect(expiryOf({ created: now - 20 * DAY, expiration: null }, now)).toEqual({ kind: 'expired', at: now - 6 * DAY });
    expect(expiryOf({ created: null, expiration: null }, now)).toEqual({ kind: 'unknown' });
  });
});
