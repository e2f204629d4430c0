import { ArcGISRequestError, request } from '@esri/arcgis-rest-request';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { PortalSession } from '@/lib/arcgis/portal-session';

import { checkUsernameBatch, fetchUsernameHolders, USERNAME_CHECK_BATCH } from './import-api';
import { createUsernameAnswers, type UsernameReads, usernameAnswersFor } from './username-answers';
import type { UsernameHolder } from '../core/taken-username';

vi.mock(import('@esri/arcgis-rest-request'), async (importOriginal) => ({ ...(await importOriginal()), request: vi.fn() }));
vi.mock(import('@/lib/arcgis/portal-retry'), async (importOriginal) => {
  const original = await importOriginal();
  // The same rule without its waits, so a retried batch takes no time here.
  return { ...original, portalRetry: { ...original.portalRetry, backoffMs: () => 0 } };
});

const root = 'https://portal.example/sharing/rest';
const session = { portal: root } as unknown as PortalSession;
const requestMock = vi.mocked(request);

/**
 * An organization where `taken` names are held (by `holders`) and every other name is free; the holders named in
 * `elsewhere` are not members of it (the organization's user search does not find them).
 */
function portal(taken: Record<string, UsernameHolder>, fail?: (batch: readonly string[], call: number) => Error | null, elsewhere: readonly string[] = []) {
  let calls = 0;
  requestMock.mockImplementation((url, options) => {
    calls += 1;
    const path = url.slice(root.length + 1);
    if (path === 'portals/self/users/search') {
      const q = (options?.params as { q: string }).q;
      const members = Object.entries(taken).filter(([name]) => !elsewhere.includes(name) && q.includes(`"${name}"`));
      return Promise.resolve({ results: members.map(([username, holder]) => ({ username, ...holder })) });
    }
    if (path === 'community/checkUsernames') {
      const batch = (options?.params as { usernames: string[] }).usernames;
      const failure = fail?.(batch, calls);
      if (failure) return Promise.reject(failure);
      return Promise.resolve({ usernames: batch.map((name) => ({ requested: name, suggested: name.toLowerCase() in taken ? `${name}1` : name })) });
    }
    const holder = taken[decodeURIComponent(path.replace('community/users/', ''))];
    if (!holder) return Promise.reject(new ArcGISRequestError('User not found', 'COM_0003', { error: { code: 400, messageCode: 'COM_0003' } }));
    return Promise.resolve({ username: path, ...holder });
  });
}

const names = (count: number) => Array.from({ length: count }, (_, index) => `member${String(index).padStart(4, '0')}`);
const checkCalls = () => requestMock.mock.calls.filter(([url]) => url.endsWith('/community/checkUsernames'));

beforeEach(() => {
  requestMock.mockReset();
});

describe('the usernames of a review, asked in batches several at a time', () => {
  const held = { member0150: { fullName: 'Ana Lima', email: 'ana@example.org' }, member0999: { fullName: 'Bo Lind', email: 'bo@example.org' } };

  it('answers as the same names asked one batch at a time, in sequence', async () => {
    portal(held);
    const file = [...names(1000), 'Member0150', ''];
    const answers = usernameAnswersFor(session);
    await answers.check(file);

    requestMock.mockClear();
    const sequential = { taken: new Set<string>(), unconfirmed: new Set<string>() };
    for (let offset = 0; offset < file.length; offset += 100) {
      const answer = await checkUsernameBatch(
        session,
        file.slice(offset, offset + 100).filter((name) => name !== ''),
      );
      for (const name of answer.taken) sequential.taken.add(name);
      for (const name of answer.unconfirmed) sequential.unconfirmed.add(name);
    }
    const sequentialHolders = await fetchUsernameHolders(session, [...sequential.taken]);
    expect(answers.findings()).toEqual({ existing: sequential.taken, unconfirmed: sequential.unconfirmed, holders: sequentialHolders });
  });

  it('sends the largest batch the portal takes, each name once, at most 6 requests at a time', async () => {
    let inFlight = 0;
    let most = 0;
    const reads: UsernameReads = {
      checkBatch: async (batch) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight -= 1;
        return { taken: new Set(), unconfirmed: new Set(batch.filter((name) => name.endsWith('7'))) };
      },
      holders: () => Promise.resolve(new Map()),
    };
    const spy = vi.spyOn(reads, 'checkBatch');
    const answers = createUsernameAnswers(reads);
    const progress: number[] = [];
    await Promise.all([answers.check(names(5000), (checked) => progress.push(checked)), answers.check([...names(10), 'MEMBER0001'])]);
    expect(spy.mock.calls.map(([batch]) => batch.length)).toEqual(Array.from({ length: 5000 / USERNAME_CHECK_BATCH }, () => USERNAME_CHECK_BATCH));
    expect(most).toBe(6);
    expect(progress.at(-1)).toBe(5000);
    expect(answers.findings().unconfirmed.size).toBe(500);

    // Answers are kept: asking again sends nothing.
    await answers.check(names(5000));
    expect(spy).toHaveBeenCalledTimes(5000 / USERNAME_CHECK_BATCH);
  });

  it('finds the holders who are members with one search, and asks for the others one by one', async () => {
    const holders = Object.fromEntries(names(30).map((name) => [name, { fullName: name, email: `${name}@example.org` }]));
    portal(holders, undefined, ['member0007', 'member0029']);
    const found = await fetchUsernameHolders(session, names(30));
    expect(found).toEqual(new Map(Object.entries(holders)));
    const paths = requestMock.mock.calls.map(([url]) => url.slice(root.length + 1));
    expect(paths.sort()).toEqual(['community/users/member0007', 'community/users/member0029', 'portals/self/users/search']);

    // A portal that refuses the search: every name asked for on its own.
    requestMock.mockClear();
    requestMock.mockImplementation((url) => {
      if (url.endsWith('/portals/self/users/search')) return Promise.reject(new ArcGISRequestError('Invalid query', 'CONT_0001', { error: { code: 400 } }));
      const name = url.slice(url.lastIndexOf('/') + 1);
      return Promise.resolve({ username: name, ...holders[name] });
    });
    expect(await fetchUsernameHolders(session, names(3))).toEqual(new Map(names(3).map((name) => [name, holders[name]])));
    expect(requestMock).toHaveBeenCalledTimes(4);
  });

  it('retries a transient failure instead of failing the review', async () => {
    portal(held, (_batch, call) => (call === 2 ? new ArcGISRequestError('Service Unavailable', 'HTTP 503 Service Unavailable') : null));
    const answers = usernameAnswersFor(session);
    await answers.check(names(1000));
    expect(checkCalls()).toHaveLength(1000 / USERNAME_CHECK_BATCH + 1);
    expect(answers.findings().existing).toEqual(new Set(['member0150', 'member0999']));
    expect(answers.findings().holders.get('member0999')).toEqual({ fullName: 'Bo Lind', email: 'bo@example.org' });
  });

  it('reports a refusal, and asks for that batch again on the next check', async () => {
    const refusal = new ArcGISRequestError('You do not have permissions to access this resource or perform this operation.', 'GWM_0003', {
      error: { code: 403, messageCode: 'GWM_0003' },
    });
    let refuse = true;
    portal(held, (batch) => (refuse && batch.includes('member0150') ? refusal : null));
    const answers = usernameAnswersFor(session);
    await expect(answers.check(names(400))).rejects.toThrow(/permissions/);
    expect(checkCalls()).toHaveLength(2); // a refusal is not retried

    refuse = false;
    requestMock.mockClear();
    await answers.check(names(400));
    expect(checkCalls()).toHaveLength(1);
    expect(answers.findings().existing).toEqual(new Set(['member0150']));
  });

  it('asks in halves, down to 100 names, a portal that refuses 200 names a request', async () => {
    const tooMany = new ArcGISRequestError('Exceeded maximum number of usernames allowed per call.', 'COM_0200', { error: { code: 400 } });
    portal(held, (batch) => (batch.length > 100 ? tooMany : null));
    const answers = usernameAnswersFor(session);
    await answers.check(names(1000));
    expect(checkCalls().map(([, options]) => (options?.params as { usernames: string[] }).usernames.length)).toEqual([
      ...Array.from({ length: 1000 / USERNAME_CHECK_BATCH }, () => USERNAME_CHECK_BATCH),
      ...Array.from({ length: 10 }, () => 100),
    ]);
    expect(answers.findings().existing).toEqual(new Set(['member0150', 'member0999']));

    portal(held, () => tooMany); // not even 100: the refusal is the review's to show
    await expect(usernameAnswersFor(session).check(names(200))).rejects.toThrow(/Exceeded/);
  });

  it('asks again only about a fixed username', async () => {
    portal(held);
    const answers = usernameAnswersFor(session);
    await answers.check(names(1000));
    requestMock.mockClear();
    await answers.recheck('member0150');
    expect(requestMock.mock.calls.map(([url]) => url.slice(root.length + 1))).toEqual(['community/checkUsernames', 'portals/self/users/search']);
    expect(answers.findings().holders.get('member0150')).toEqual(held.member0150);
  });
});
