import { describe, expect, it, vi } from 'vitest';

import type { PortalSession } from './portal-session';
import { createSessionStore } from './session-store';

const session = { username: 'portaladmin' } as unknown as PortalSession;

describe('createSessionStore', () => {
  it('notifies subscribers and only expires a live session', () => {
    const store = createSessionStore(null);
    const listener = vi.fn();
    store.subscribe(listener);
    store.expire();
    expect(store.get()).toEqual({ status: 'signed-out', byUser: false });
    store.signIn(session);
    store.expire();
    expect(store.get()).toEqual({ status: 'expired' });
    expect(listener).toHaveBeenCalledTimes(2);
    store.signOut();
    expect(store.get()).toEqual({ status: 'signed-out', byUser: true });
  });
});
