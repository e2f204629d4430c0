import { describe, expect, it } from 'vitest';

import type { RetryPolicy } from '@/lib/async/with-retries';

import { addEnterpriseAccounts, type CreateAccount } from './add-enterprise-accounts';
import { reviewEnterpriseAccounts, type EnterpriseAccount } from './enterprise-review';

class Transient extends Error {}
const retry: RetryPolicy = { isTransient: (error) => error instanceof Transient, maxAttempts: 4, backoffMs: () => 0 };

const account = (login: string, email = `${login}@harbor.local`): EnterpriseAccount => ({
  username: `HARBOR\\${login}`,
  fullname: `Ada ${login}`,
  email,
  description: 'CN=…',
});

/** A fake portal: creates accounts, can lose the answer of the first attempt for some logins, refuses some. */
function fakePortal(options: { loseAnswerOnce?: string[]; refuse?: Record<string, string>; existing?: Record<string, string> } = {}) {
  const created = new Map<string, CreateAccount>(
    Object.entries(options.existing ?? {}).map(([u, idp]) => [u.toLowerCase(), { username: idp } as CreateAccount]),
  );
  const lost = new Set(options.loseAnswerOnce ?? []);
  const calls: string[] = [];
  return {
    calls,
    created,
    create: async (payload: CreateAccount) => {
      calls.push(payload.username);
      await Promise.resolve();
      const refusal = options.refuse?.[payload.username];
      if (refusal) throw new Error(refusal);
      if (created.has(payload.username.toLowerCase())) throw new Error(`User '${payload.username}' already exists.`);
      created.set(payload.username.toLowerCase(), payload);
      if (lost.delete(payload.username)) throw new Transient('HTTP 503');
    },
    lookup: async (username: string) => {
      await Promise.resolve();
      const holder = created.get(username.toLowerCase());
      return holder ? { provider: 'enterprise', idpUsername: holder.username } : null;
    },
  };
}

describe('addEnterpriseAccounts', () => {
  it('creates every ready account once, with first and last names, and reports the others without sending them', async () => {
    const portal = fakePortal();
    const rows = reviewEnterpriseAccounts([account('ada'), account('bob', ''), account('cy'), account('dee')], new Set(['harbor\\dee']));
    const outcomes = await addEnterpriseAccounts({ rows, role: 'iAAAAAAAAAAAAAAA', userLicenseTypeId: 'viewerUT', ...portal, retry });
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'not-sent', 'added', 'member']);
    expect(portal.calls.sort()).toEqual(['HARBOR\\ada', 'HARBOR\\cy']);
    expect(portal.created.get('harbor\\ada')).toMatchObject({ firstname: 'Ada', lastname: 'ada', role: 'iAAAAAAAAAAAAAAA', userLicenseTypeId: 'viewerUT' });
  });

  it('an answer lost after the account was made is added exactly once, not failed as taken', async () => {
    const portal = fakePortal({ loseAnswerOnce: ['HARBOR\\ada'] });
    const outcomes = await addEnterpriseAccounts({
      rows: reviewEnterpriseAccounts([account('ada')], new Set()),
      role: 'org_user',
      userLicenseTypeId: 'creatorUT',
      ...portal,
      retry,
    });
    expect(outcomes[0]).toMatchObject({ status: 'added' });
    expect(portal.calls).toEqual(['HARBOR\\ada', 'HARBOR\\ada']);
  });

  it('a refusal fails only its row, with the portal reason; a login taken meanwhile by the same person is a member', async () => {
    const portal = fakePortal({ refuse: { 'HARBOR\\bob': 'No licenses left for user type viewerUT.' }, existing: { 'HARBOR\\cy': 'HARBOR\\cy' } });
    const rows = reviewEnterpriseAccounts([account('ada'), account('bob'), account('cy')], new Set());
    const outcomes = await addEnterpriseAccounts({ rows, role: 'org_user', userLicenseTypeId: 'viewerUT', ...portal, retry });
    expect(outcomes.map((o) => [o.status, o.reason])).toEqual([
      ['added', ''],
      ['failed', 'No licenses left for user type viewerUT.'],
      ['member', 'Became a member while you reviewed: not added again.'],
    ]);
  });

  it('a resumed run counts an account the interrupted run made (same directory login) as added, once', async () => {
    // The interrupted run's request for ada got through before the reload; nobody else holds cy's login.
    const portal = fakePortal({ existing: { 'HARBOR\\ada': 'HARBOR\\ada' } });
    const rows = reviewEnterpriseAccounts([account('ada'), account('cy')], new Set());
    const outcomes = await addEnterpriseAccounts({ rows, role: 'org_user', userLicenseTypeId: 'viewerUT', ...portal, retry, isResumed: true });
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added']);
    expect(outcomes[0]?.reason).toBe('Added before the page was reloaded (confirmed).');
    expect(portal.calls.sort()).toEqual(['HARBOR\\ada', 'HARBOR\\cy']);
  });

  it('a paused run sends nothing new until it is resumed', async () => {
    const portal = fakePortal();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const running = addEnterpriseAccounts({
      rows: reviewEnterpriseAccounts([account('ada')], new Set()),
      role: 'org_user',
      userLicenseTypeId: 'viewerUT',
      ...portal,
      retry,
      waitUntilResumed: () => gate,
    });
    await Promise.resolve();
    expect(portal.calls).toEqual([]);
    release();
    expect((await running)[0]?.status).toBe('added');
  });
});
