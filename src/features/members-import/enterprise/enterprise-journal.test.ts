import { afterEach, describe, expect, it, vi } from 'vitest';

import type { EnterpriseAddOutcome } from './add-enterprise-accounts';
import { describeEnterpriseJournal, type EnterpriseJournal, journalSaver, resumeFrom, startJournal } from './enterprise-journal';
import { reviewEnterpriseAccounts, type EnterpriseAccount } from './enterprise-review';

const account = (login: string, email = `${login}@harbor.local`): EnterpriseAccount => ({
  username: `HARBOR\\${login}`,
  fullname: `Ada ${login}`,
  email,
  description: `CN=${login}`,
});
const outcome = (login: string, status: EnterpriseAddOutcome['status']): EnterpriseAddOutcome => ({
  username: `HARBOR\\${login}`,
  fullname: `Ada ${login}`,
  email: `${login}@harbor.local`,
  status,
  reason: '',
});

const rows = reviewEnterpriseAccounts([account('ada'), account('bob', ''), account('cy'), account('dee')], new Set(['harbor\\cy']));
const journal = startJournal({
  portal: 'https://gis.harbor.example/portal/sharing/rest',
  source: 'HARBOR\\GIS Users',
  roleId: 'org_user',
  userTypeId: 'viewerUT',
  rows,
  now: 1000,
});

describe('the enterprise run journal', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps every reviewed account (login, name, e-mail, description, review status) and no outcome before the run', () => {
    expect(journal.rows).toHaveLength(4);
    expect(journal.rows[1]).toEqual({
      username: 'HARBOR\\bob',
      fullname: 'Ada bob',
      email: '',
      description: 'CN=bob',
      status: 'no-email',
      reason: rows[1]?.reason,
    });
    expect(Object.keys(journal.rows[0] ?? {}).sort()).toEqual(['description', 'email', 'fullname', 'reason', 'status', 'username']);
    expect(journal.outcomes).toEqual([null, null, null, null]);
    // A structured clone (IndexedDB) gives the same review back.
    expect(resumeFrom(structuredClone(journal)).rows).toEqual(rows);
  });

  it('a continued run keeps the recorded outcomes and sends only the rows without one', () => {
    const stopped: EnterpriseJournal = { ...journal, outcomes: [outcome('ada', 'added'), outcome('bob', 'not-sent'), null, null] };
    const plan = resumeFrom(stopped);
    expect(plan.pending).toEqual([2, 3]);
    expect(plan.outcomes.map((o) => o?.status)).toEqual(['added', 'not-sent', undefined, undefined]);
    expect(plan.rows.map((row) => row.status)).toEqual(['ready', 'no-email', 'member', 'ready']);
  });

  it('says how far the interrupted run got, counted by outcome', () => {
    expect(describeEnterpriseJournal({ outcomes: [outcome('ada', 'added'), null, outcome('cy', 'member'), null] })).toBe(
      '2 of 4 accounts were answered when it stopped (1 added, 1 already a member, 0 failed).',
    );
    expect(describeEnterpriseJournal({ outcomes: [outcome('ada', 'added'), outcome('bob', 'not-sent'), null] })).toBe(
      '2 of 3 accounts were answered when it stopped (1 added, 0 already members, 1 not sent, 0 failed).',
    );
    expect(describeEnterpriseJournal({ outcomes: [outcome('ada', 'failed'), null] })).toBe(
      '1 of 2 accounts was answered when it stopped (0 added, 0 already members, 1 failed).',
    );
  });

  it('is saved at most once every 400 ms, the latest state at the end of each interval, and at once on flush', async () => {
    vi.useFakeTimers();
    const saved: (EnterpriseAddOutcome['status'] | undefined)[][] = [];
    const saver = journalSaver(
      async (value) => {
        saved.push(value.outcomes.map((o) => o?.status));
        await Promise.resolve();
      },
      { now: () => Date.now() },
    );
    const at = (...statuses: (EnterpriseAddOutcome['status'] | null)[]): EnterpriseJournal => ({
      ...journal,
      outcomes: statuses.map((status, index) => (status ? outcome(String(index), status) : null)),
    });
    saver.update(at('added', null, null, null));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toHaveLength(1);
    saver.update(at('added', 'not-sent', null, null));
    saver.update(at('added', 'not-sent', 'member', null));
    await vi.advanceTimersByTimeAsync(399);
    expect(saved).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toHaveLength(2);
    expect(saved[1]).toEqual(['added', 'not-sent', 'member', undefined]);
    saver.update(at('added', 'not-sent', 'member', 'failed'));
    await saver.flush(at('added', 'not-sent', 'member', 'added'));
    expect(saved[2]).toEqual(['added', 'not-sent', 'member', 'added']);
    // Within the interval again: held for later, and dropped by the end of the run (the journal is removed next).
    saver.update(at('added', null, null, null));
    await saver.stop();
    await vi.advanceTimersByTimeAsync(1000);
    // The flush replaced the pending save, and stop the next one: nothing older is written after them.
    expect(saved).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toHaveLength(3);
  });
});
