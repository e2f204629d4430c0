import { afterEach, describe, expect, it, vi } from 'vitest';

import { clearMemberStores } from './idb/key-value-store';
import { clearSessionDrafts, sessionDraft } from './session-drafts';

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    key: (index) => [...values.keys()][index] ?? null,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => values.set(key, value),
    removeItem: (key) => values.delete(key),
    clear: () => values.clear(),
  };
}

describe('session drafts', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('are dropped by the sign-out, and a handle made before it never writes again', async () => {
    vi.stubGlobal('sessionStorage', memoryStorage());
    const owner = { portal: 'https://gis.example/portal/sharing/rest', username: 'admin' };
    const before = sessionDraft<{ picked: string[] }>(owner, 'wizard');
    before.write({ picked: ['HARBOR\\ada'] });
    expect(before.read()).toEqual({ picked: ['HARBOR\\ada'] });
    // What the sign-out does (portal-session's forgetEverything).
    await Promise.all([clearSessionDrafts(), clearMemberStores()]);
    expect(before.read()).toBeNull();
    // Work still ending after the sign-out (a run's last save) does not bring the draft back.
    before.write({ picked: ['HARBOR\\bob'] });
    expect(before.read()).toBeNull();
    const after = sessionDraft<{ picked: string[] }>(owner, 'wizard');
    after.write({ picked: ['HARBOR\\cy'] });
    expect(after.read()).toEqual({ picked: ['HARBOR\\cy'] });
  });
});
