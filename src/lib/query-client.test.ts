import { QueryObserver, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';

import { AppError } from './arcgis/arcgis-error';
import { portalRetry } from './arcgis/portal-retry';
import type { MutationRefreshMeta } from './portal-changes';
import { createQueryClient, queryRetry, queryRetryDelay, refetchWhileUnreachable } from './query-client';

const busy = new AppError('unavailable', 'The portal is busy or unavailable (HTTP 503).', 'HTTP 503');
const dropped = new AppError('network', 'Cannot reach the portal.');
const refused = new AppError('permission', 'You do not have permissions to access this resource.', 403);

describe('queryRetry (the one retry rule, for queries)', () => {
  it('asks again after transient failures until the policy’s attempts are used up', () => {
    expect(queryRetry(0, busy)).toBe(true);
    expect(queryRetry(0, dropped)).toBe(true);
    expect(queryRetry(portalRetry.maxAttempts - 2, busy)).toBe(true);
    expect(queryRetry(portalRetry.maxAttempts - 1, busy)).toBe(false);
  });

  it('never asks again after a refusal', () => {
    expect(queryRetry(0, refused)).toBe(false);
    expect(queryRetry(0, new AppError('auth', 'Your sign-in has expired.'))).toBe(false);
  });

  it('waits longer after each failure, up to the cap', () => {
    const delays = Array.from({ length: 8 }, (_, failures) => queryRetryDelay(failures));
    for (const delay of delays) {
      expect(delay).toBeGreaterThan(0);
      expect(delay).toBeLessThanOrEqual(8_000);
    }
    expect(Math.max(...delays.slice(4))).toBeGreaterThan(Math.max(...delays.slice(0, 1)));
  });
});

describe('refetchWhileUnreachable', () => {
  const every = refetchWhileUnreachable(5_000);
  it('keeps asking while the last answer was a transient failure', () => {
    expect(every({ state: { status: 'error', error: dropped } })).toBe(5_000);
  });
  it('stops once the portal answered, or refused', () => {
    expect(every({ state: { status: 'success', error: null } })).toBe(false);
    expect(every({ state: { status: 'error', error: refused } })).toBe(false);
  });
});

describe('the one refresh after a write (mutation meta.invalidates)', () => {
  const keys: QueryKey[] = [
    ['users', 'list', 'q', 0],
    ['users', 'selection', 'q'],
    ['groups', 'list'],
    ['groups', 'detail', 'g1'],
    ['overview', 'members-by-role'],
    ['roles', 'member-count', 'r1'],
    ['approvals', 'plans'],
    ['self', 'member'],
    ['self', 'organization'],
    ['oauth-callback', '?code=1'],
  ];

  /** A client holding fresh data under every key above, with one screen (observer) on each. */
  function clientWithScreens() {
    const client = createQueryClient(() => undefined);
    const fetches = new Map<string, number>();
    for (const key of keys) {
      client.setQueryData(key, 'cached');
      const observer = new QueryObserver(client, {
        queryKey: key,
        queryFn: () => {
          fetches.set(JSON.stringify(key), (fetches.get(JSON.stringify(key)) ?? 0) + 1);
          return 'fresh';
        },
        staleTime: Infinity,
      });
      observer.subscribe(() => undefined);
    }
    return { client, fetches };
  }

  /** Marked stale, or already read again. */
  const refreshed = ({ client, fetches }: ReturnType<typeof clientWithScreens>) =>
    keys.filter((key) => client.getQueryState(key)?.isInvalidated || fetches.has(JSON.stringify(key))).map((key) => key.join('/'));

  const write = (client: QueryClient, meta: MutationRefreshMeta, fails = false) =>
    client
      .getMutationCache()
      .build(client, { mutationFn: () => (fails ? Promise.reject(new Error('partly failed')) : Promise.resolve('done')), meta })
      .execute(undefined)
      .catch(() => undefined);

  it('marks stale what shows the change, counts on other screens included, and refetches it before the write resolves', async () => {
    const { client, fetches } = clientWithScreens();
    await write(client, { invalidates: ['groups'] });
    expect(fetches.get(JSON.stringify(['groups', 'list']))).toBe(1);
    expect(fetches.get(JSON.stringify(['overview', 'members-by-role']))).toBe(1);
    expect(fetches.get(JSON.stringify(['users', 'list', 'q', 0]))).toBe(1);
    expect(fetches.has(JSON.stringify(['roles', 'member-count', 'r1']))).toBe(false);
  });

  it('never touches a resolved bulk selection, the signed-in session or the one-time sign-in', async () => {
    const screens = clientWithScreens();
    await write(screens.client, { invalidates: ['members'] });
    expect(refreshed(screens)).not.toContain('users/selection/q');
    expect(refreshed(screens)).not.toContain('self/member');
    expect(refreshed(screens)).not.toContain('self/organization');
    expect(refreshed(screens)).not.toContain('oauth-callback/?code=1');
    expect(refreshed(screens)).toContain('roles/member-count/r1');
    expect(refreshed(screens)).toContain('approvals/plans');
  });

  it('refreshes after a failed write too: part of it may have gone through', async () => {
    const screens = clientWithScreens();
    await write(screens.client, { invalidates: ['roles'] }, true);
    expect(refreshed(screens)).toEqual(['users/list/q/0', 'overview/members-by-role', 'roles/member-count/r1']);
  });

  it('marks a deleted thing’s own queries stale without refetching them', async () => {
    const { client, fetches } = clientWithScreens();
    await write(client, { invalidates: ['groups'], deleted: 'g1' });
    expect(client.getQueryState(['groups', 'detail', 'g1'])?.isInvalidated).toBe(true);
    expect(fetches.has(JSON.stringify(['groups', 'detail', 'g1']))).toBe(false);
    expect(fetches.get(JSON.stringify(['groups', 'list']))).toBe(1);
  });

  it('refreshes the header only when the signed-in member’s own profile changed', async () => {
    const screens = clientWithScreens();
    await write(screens.client, { invalidates: ['signed-in-member'] });
    expect(refreshed(screens)).toEqual(['self/member']);
  });

  it('does nothing for a write that declares no change', async () => {
    const { client } = clientWithScreens();
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    await write(client, {});
    expect(invalidate).not.toHaveBeenCalled();
  });
});
