import { describe, expect, it } from 'vitest';

import type { RetryPolicy } from '@/lib/async/with-retries';

import { executeImport, type ImportPlanRow, type ImportPortal } from './execute-import';
import type { Invitation } from '../api/import-api';
import { INVITE_BATCH_SIZE } from '../core/plan-invite-batches';
import type { MemberRow } from '../core/types';

const transient = new Error('HTTP 503');

function planRow(index: number, groupIds: string[] = []): ImportPlanRow {
  const row: MemberRow = {
    line: index + 2,
    firstName: 'Member',
    lastName: String(index),
    fullName: '',
    email: `member${String(index)}@example.org`,
    username: `member${String(index).padStart(3, '0')}`,
    password: 'Welcome.2026',
    role: 'user',
    userType: '',
    groups: [],
    description: '',
    idpUsername: '',
    accountKind: 'builtin',
  };
  return { row, resolved: { roleId: 'org_user', userTypeId: index === 7 ? 'creatorUT' : 'viewerUT', groupIds } };
}

/** A small in-memory portal: refuses taken usernames and a type without seats, like the real invite. */
function fakePortal(options: { taken: string[]; failFirstCallOfRequest?: number }) {
  const members = new Map<string, string>(options.taken.map((username) => [username, 'someone@else.org']));
  const groupAdds: { groupId: string; usernames: string[] }[] = [];
  let requests = 0;
  const invitations: Invitation[] = [];
  const portal: ImportPortal = {
    invite: (batch) => {
      requests += 1;
      const notInvited: string[] = [];
      for (const invitation of batch) {
        invitations.push(invitation);
        if (members.has(invitation.username) || invitation.userLicenseType === 'creatorUT') notInvited.push(invitation.username);
        else members.set(invitation.username, invitation.email);
      }
      // The request went through but the answer was lost: the client sees a transient failure.
      if (requests === options.failFirstCallOfRequest) return Promise.reject(transient);
      return Promise.resolve(notInvited.map((username) => ({ username })));
    },
    memberEmail: (username) => Promise.resolve(members.get(username) ?? null),
    seatsLeft: () => Promise.resolve(new Map([['creatorUT', { name: 'Creator', seatsLeft: 0 }]])),
    addToGroup: (groupId, usernames) => {
      groupAdds.push({ groupId, usernames });
      return Promise.resolve(usernames.filter((username) => username === 'member003'));
    },
  };
  return { portal, groupAdds, invitations, requestCount: () => requests };
}

const retry: RetryPolicy = { isTransient: (error) => error === transient, maxAttempts: 5, backoffMs: () => 0, sleep: () => Promise.resolve() };

const run = (rows: ImportPlanRow[], portal: ImportPortal, signal = new AbortController().signal, confirmFirst: ImportPlanRow[] = [], isResumed = false) =>
  executeImport({
    confirmFirst,
    isResumed,
    rows,
    portal,
    batchSize: 25,
    concurrency: 3,
    signal,
    waitUntilResumed: () => Promise.resolve(),
    retry,
    onProgress: () => undefined,
    groupTitles: new Map([['g1', 'Field Crew']]),
  });

describe('executeImport', () => {
  it('accounts for every row exactly once and explains each refusal', async () => {
    const rows = Array.from({ length: 60 }, (_, index) => planRow(index, index < 5 ? ['g1'] : []));
    const fake = fakePortal({ taken: ['member010'], failFirstCallOfRequest: 2 });
    const outcomes = await run(rows, fake.portal);

    expect(outcomes.size).toBe(60);
    // member010 belongs to another person (another address): nobody got an account, so the row failed.
    expect(outcomes.get(12)).toMatchObject({
      status: 'failed',
      reason: 'member010 is taken by someone else: someone@else.org. Choose another username for this person.',
    });
    expect(outcomes.get(9)).toMatchObject({ status: 'failed', reason: 'No Creator seats are left in the organization.' });
    // The batch whose answer was lost was sent again; its members exist once and count as added.
    const retriedBatchLines = rows.slice(25, 50).map((plan) => plan.row.line);
    expect(retriedBatchLines.every((line) => outcomes.get(line)?.status === 'added')).toBe(true);
    expect(new Set(fake.invitations.map((invitation) => invitation.username)).size).toBe(60);
    expect([...outcomes.values()].filter((outcome) => outcome.status === 'added')).toHaveLength(58);
    expect([...outcomes.values()].filter((outcome) => outcome.status === 'exists')).toHaveLength(0);
    expect(fake.requestCount()).toBe(4);
  });

  it('adds group members after the accounts exist and notes the ones the group refused', async () => {
    const rows = Array.from({ length: 5 }, (_, index) => planRow(index, ['g1']));
    const fake = fakePortal({ taken: [] });
    const outcomes = await run(rows, fake.portal);
    expect(fake.groupAdds).toEqual([{ groupId: 'g1', usernames: ['member000', 'member001', 'member002', 'member003', 'member004'] }]);
    expect(outcomes.get(5)).toMatchObject({ status: 'added', reason: 'Added, but not to the group “Field Crew”.' });
  });

  it('sends each group’s batch as soon as it is full, while later rows are invited, never more requests in flight than the run’s lanes', async () => {
    const rows = Array.from({ length: 110 }, (_, index) => planRow(index, ['g1']));
    const fake = fakePortal({ taken: [] });
    const log: string[] = [];
    let inFlight = 0;
    let most = 0;
    const tracked =
      <A extends unknown[], R>(name: string, call: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        log.push(name);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight -= 1;
        return call(...args);
      };
    const portal: ImportPortal = { ...fake.portal, invite: tracked('invite', fake.portal.invite), addToGroup: tracked('addToGroup', fake.portal.addToGroup) };
    const outcomes = await run(rows, portal);
    // Row 7 wants a Creator seat, and none is left.
    expect([...outcomes.values()].filter((outcome) => outcome.status === 'added')).toHaveLength(109);
    // 5 invite requests and 5 group requests (4 full, then the 9 left), as many as batching them all at the end.
    expect(log.filter((name) => name === 'invite')).toHaveLength(5);
    expect(fake.groupAdds.map((batch) => batch.usernames.length)).toEqual([25, 25, 25, 25, 9]);
    expect(log.indexOf('addToGroup')).toBeLessThan(log.lastIndexOf('invite'));
    expect(most).toBeLessThanOrEqual(3);
  });

  it('notes the rows added whose groups were never sent because the run was stopped', async () => {
    const controller = new AbortController();
    const rows = Array.from({ length: 30 }, (_, index) => planRow(index, ['g1']));
    const fake = fakePortal({ taken: [] });
    const portal: ImportPortal = {
      ...fake.portal,
      invite: async (batch, signal) => {
        const answer = await fake.portal.invite(batch, signal);
        controller.abort(); // stopped while the first request was in flight: it still finishes
        return answer;
      },
    };
    const outcomes = await executeImport({
      rows,
      portal,
      batchSize: 25,
      concurrency: 1,
      signal: controller.signal,
      waitUntilResumed: () => Promise.resolve(),
      retry,
      onProgress: () => undefined,
      groupTitles: new Map([['g1', 'Field Crew']]),
    });
    expect(outcomes.size).toBe(25);
    expect(fake.groupAdds).toEqual([]);
    expect(outcomes.get(2)).toMatchObject({ status: 'added', reason: 'Added; the run was stopped before it was added to the group “Field Crew”.' });
  });

  it('sends nothing once cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const fake = fakePortal({ taken: [] });
    const outcomes = await run([planRow(0)], fake.portal, controller.signal);
    expect(outcomes.size).toBe(0);
    expect(fake.requestCount()).toBe(0);
  });

  it('on resume, confirms rows that may already exist instead of sending them again', async () => {
    const rows = Array.from({ length: 4 }, (_, index) => planRow(index));
    const fake = fakePortal({ taken: [] });
    // member000 was created before the tab closed; the others were not sent yet.
    const first = rows[0];
    if (!first) throw new Error('no rows');
    await fake.portal.invite(
      [{ ...first.row, firstname: '', lastname: '', fullname: '', role: 'org_user', userLicenseType: 'viewerUT', groups: '', targetUserProvider: 'arcgis' }],
      new AbortController().signal,
    );
    const outcomes = await run(rows.slice(1), fake.portal, undefined, rows.slice(0, 1));
    expect(outcomes.get(2)).toMatchObject({ status: 'added', reason: 'Added (confirmed after a retried request).' });
    expect([3, 4, 5].map((line) => outcomes.get(line)?.status)).toEqual(['added', 'added', 'added']);
    expect(fake.invitations.filter((invitation) => invitation.username === 'member000')).toHaveLength(1);
  });

  it('on resume, sends the groups of the rows the interrupted run added again, and notes a refusal on their outcome', async () => {
    const earlier = [planRow(2, ['g1']), planRow(3, ['g1']), planRow(4)];
    const rows = [planRow(5, ['g1'])];
    const fake = fakePortal({ taken: [] });
    const outcomes = await executeImport({
      rows,
      portal: fake.portal,
      batchSize: 25,
      concurrency: 3,
      signal: new AbortController().signal,
      waitUntilResumed: () => Promise.resolve(),
      retry,
      onProgress: () => undefined,
      groupTitles: new Map([['g1', 'Field Crew']]),
      isResumed: true,
      addedBefore: earlier.map((plan) => ({ plan, outcome: { line: plan.row.line, username: plan.row.username, status: 'added', reason: '' } })),
    });
    // One request for the group, earlier rows with groups and the new row together.
    expect(fake.groupAdds).toEqual([{ groupId: 'g1', usernames: ['member002', 'member003', 'member005'] }]);
    // The fake group refuses member003: its earlier outcome says so and comes back with the run's outcomes.
    expect(outcomes.get(5)).toEqual({ line: 5, username: 'member003', status: 'added', reason: 'Added, but not to the group “Field Crew”.' });
    expect(outcomes.get(7)).toMatchObject({ status: 'added', reason: '' });
    // Earlier rows whose groups went through are not outcomes of this run.
    expect([...outcomes.keys()].sort()).toEqual([5, 7]);
  });

  it('on resume, a refusal for an account the interrupted run created late counts as added', async () => {
    const rows = Array.from({ length: 3 }, (_, index) => planRow(index));
    const first = rows[0];
    if (!first) throw new Error('no rows');
    const fake = fakePortal({ taken: [] });
    // The interrupted run's request for member000 finished at the portal after the username check.
    await fake.portal.invite(
      [{ ...first.row, firstname: '', lastname: '', fullname: '', role: 'org_user', userLicenseType: 'viewerUT', groups: '', targetUserProvider: 'arcgis' }],
      new AbortController().signal,
    );
    const resumed = await run(rows, fake.portal, undefined, [], true);
    expect(resumed.get(2)).toMatchObject({ status: 'added' });
    const fresh = await run(rows, fakePortal({ taken: ['member000'] }).portal);
    expect(fresh.get(2)).toMatchObject({ status: 'failed', reason: expect.stringContaining('is taken by someone else') as unknown });
    // The same person (same address) is "already a member".
    const same = fakePortal({ taken: [] });
    await same.portal.invite(
      [{ ...first.row, firstname: '', lastname: '', fullname: '', role: 'org_user', userLicenseType: 'viewerUT', groups: '', targetUserProvider: 'arcgis' }],
      new AbortController().signal,
    );
    expect((await run(rows, same.portal)).get(2)).toMatchObject({ status: 'exists', reason: 'A member with the username member000 already exists.' });
  });

  it('sends INVITE_BATCH_SIZE (25) invitations a request and still retries a lost batch once', async () => {
    const rows = Array.from({ length: 60 }, (_, index) => planRow(index));
    const fake = fakePortal({ taken: [], failFirstCallOfRequest: 1 });
    const sizes: number[] = [];
    const portal: ImportPortal = {
      ...fake.portal,
      invite: (batch, signal) => {
        sizes.push(batch.length);
        return fake.portal.invite(batch, signal);
      },
    };
    const outcomes = await executeImport({
      rows,
      portal,
      batchSize: INVITE_BATCH_SIZE,
      concurrency: 1,
      signal: new AbortController().signal,
      waitUntilResumed: () => Promise.resolve(),
      retry,
      onProgress: () => undefined,
      groupTitles: new Map(),
    });
    // 25 + 25 + 10, and the first batch (its answer lost) sent again.
    expect(sizes).toEqual([25, 25, 25, 10]);
    expect(outcomes.size).toBe(60);
    // member007 wants Creator, which the fake refuses.
    expect([...outcomes.values()].filter((outcome) => outcome.status === 'added')).toHaveLength(59);
  });

  it('does not blame seats the portal does not report when it refuses a row', async () => {
    const fake = fakePortal({ taken: [] });
    const portal: ImportPortal = {
      ...fake.portal,
      seatsLeft: () => Promise.resolve(new Map([['creatorUT', { name: 'Creator', seatsLeft: null }]])),
    };
    const outcomes = await run([planRow(7)], portal);
    const reason = outcomes.get(9)?.reason ?? '';
    expect(outcomes.get(9)?.status).toBe('failed');
    expect(reason).not.toContain('No Creator seats are left');
    expect(reason).toContain('It does not report seats, so check that a Creator seat is free');
  });

  it('retries the look-ups that explain a refusal, so a busy portal never turns a created account into "failed"', async () => {
    const rows = Array.from({ length: 3 }, (_, index) => planRow(index));
    const first = rows[0];
    if (!first) throw new Error('no rows');
    const fake = fakePortal({ taken: [] });
    await fake.portal.invite(
      [{ ...first.row, firstname: '', lastname: '', fullname: '', role: 'org_user', userLicenseType: 'viewerUT', groups: '', targetUserProvider: 'arcgis' }],
      new AbortController().signal,
    );
    let lookups = 0;
    const portal: ImportPortal = {
      ...fake.portal,
      memberEmail: (username) => {
        lookups += 1;
        return lookups <= 3 ? Promise.reject(transient) : fake.portal.memberEmail(username);
      },
      seatsLeft: () => (lookups === 0 ? Promise.reject(transient) : fake.portal.seatsLeft()),
    };
    const outcomes = await run(rows, portal, undefined, [], true);
    expect(outcomes.get(2)).toMatchObject({ status: 'added', reason: 'Added (confirmed after a retried request).' });
    expect(lookups).toBe(4);
  });

  it("passes on the portal's own reason for a refusal (createUser on ArcGIS Enterprise says why)", async () => {
    const fake = fakePortal({ taken: [] });
    const reason = 'Password does not meet the password policy: it needs a digit.';
    const portal: ImportPortal = {
      ...fake.portal,
      invite: (batch) => Promise.resolve(batch.map((invitation) => ({ username: invitation.username, reason }))),
    };
    const outcomes = await run([planRow(0)], portal);
    expect(outcomes.get(2)).toMatchObject({ status: 'failed', reason: `The portal refused this account: ${reason}` });
  });

  it('says a row was never answered, not refused, when a request ran out of attempts and the portal holds no account', async () => {
    const fake = fakePortal({ taken: [] });
    const portal: ImportPortal = { ...fake.portal, invite: () => Promise.reject(transient) };
    const outcomes = await run([planRow(0), planRow(1)], portal);
    expect(outcomes.get(2)).toMatchObject({ status: 'failed' });
    expect(outcomes.get(2)?.reason).toMatch(/^The portal did not answer \(.+\), and it holds no account member000: run the import again to send it\.$/);
  });
});
