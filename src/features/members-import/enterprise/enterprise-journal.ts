import { type DraftOwner, largeDraft } from '@/lib/session-drafts';
import { countOf, noun } from '@/lib/text/plural';

import type { EnterpriseAddOutcome } from './add-enterprise-accounts';
import type { EnterpriseReviewRow, EnterpriseRowStatus } from './enterprise-review';

/** One reviewed account as the journal keeps it: directory data the portal is sent (no secret exists), and its review. */
export type EnterpriseJournalRow = {
  username: string;
  fullname: string;
  email: string;
  description: string;
  status: EnterpriseRowStatus;
  reason: string;
};

/**
 * A run of "add enterprise members" as a reload keeps it: where the accounts came from, the role and user type, every
 * reviewed account and each one's outcome so far (null = no answer recorded). Written before anything is sent,
 * removed when the run ends; kept in IndexedDB per portal and member and dropped by the sign-out.
 */
export type EnterpriseJournal = {
  portal: string;
  source: string;
  roleId: string;
  userTypeId: string;
  startedAt: number;
  updatedAt: number;
  rows: EnterpriseJournalRow[];
  outcomes: (EnterpriseAddOutcome | null)[];
};

export const enterpriseJournal = (owner: DraftOwner) => largeDraft<EnterpriseJournal>(owner, 'enterprise-members-run');

/** The journal of a run about to start: every reviewed row, no outcome yet. Pure. */
export function startJournal(run: {
  portal: string;
  source: string;
  roleId: string;
  userTypeId: string;
  rows: readonly EnterpriseReviewRow[];
  now: number;
}): EnterpriseJournal {
  return {
    portal: run.portal,
    source: run.source,
    roleId: run.roleId,
    userTypeId: run.userTypeId,
    startedAt: run.now,
    updatedAt: run.now,
    rows: run.rows.map(({ account, status, reason }) => ({ ...account, status, reason })),
    outcomes: run.rows.map(() => null),
  };
}

/**
 * What a continued run works from: the reviewed rows again, the outcomes recorded (kept as they are), and the rows
 * to send again (those without one: the engine's "already exists" check makes a second request for them safe). Pure.
 */
export function resumeFrom(journal: EnterpriseJournal): {
  rows: EnterpriseReviewRow[];
  outcomes: (EnterpriseAddOutcome | undefined)[];
  pending: number[];
} {
  const rows = journal.rows.map(({ username, fullname, email, description, status, reason }) => ({
    account: { username, fullname, email, description },
    status,
    reason,
  }));
  const outcomes = rows.map((_, index) => journal.outcomes[index] ?? undefined);
  const pending = outcomes.flatMap((outcome, index) => (outcome === undefined ? [index] : []));
  return { rows, outcomes, pending };
}

/**
 * Where an interrupted run stands: "412 of 1,100 accounts had an answer when it stopped (400 added, 12 already
 * members, 0 failed)."
 */
export function describeEnterpriseJournal(journal: Pick<EnterpriseJournal, 'outcomes'>): string {
  const done = journal.outcomes.filter((outcome): outcome is EnterpriseAddOutcome => outcome !== null);
  const count = (status: EnterpriseAddOutcome['status']) => done.filter((outcome) => outcome.status === status).length;
  const parts = [
    `${count('added').toLocaleString('en-US')} added`,
    countOf(count('member'), 'already a member', 'already members'),
    ...(count('not-sent') > 0 ? [`${count('not-sent').toLocaleString('en-US')} not sent`] : []),
    `${count('failed').toLocaleString('en-US')} failed`,
  ];
  return `${done.length.toLocaleString('en-US')} of ${countOf(journal.outcomes.length, 'account')} ${noun(done.length, 'was', 'were')} answered when it stopped (${parts.join(', ')}).`;
}

/**
 * Saves a changing journal at most once every `intervalMs` (a run of a thousand answers would otherwise write a
 * thousand times): an update inside the interval is written when it ends, so the journal is never more than
 * `intervalMs` behind. `flush` writes at once. Saves never overlap, so the last state asked for is the last written.
 */
export function journalSaver(save: (journal: EnterpriseJournal) => Promise<void>, options: { intervalMs?: number; now?: () => number } = {}) {
  const intervalMs = options.intervalMs ?? 400;
  const now = options.now ?? Date.now;
  let lastSaved = Number.NEGATIVE_INFINITY;
  let latest: EnterpriseJournal | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  const cancelTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const write = (journal: EnterpriseJournal) => {
    cancelTimer();
    lastSaved = now();
    const next = { ...journal, updatedAt: lastSaved };
    writing = writing.then(() => save(next)).catch(() => undefined);
    return writing;
  };
  return {
    update: (journal: EnterpriseJournal) => {
      latest = journal;
      if (timer) return;
      const wait = lastSaved + intervalMs - now();
      if (wait <= 0) {
        void write(journal);
        return;
      }
      timer = setTimeout(() => {
        timer = null;
        if (latest) void write(latest);
      }, wait);
    },
    flush: (journal: EnterpriseJournal) => write(journal),
    /** No more saves (the run is over): resolves once those asked for are written, so a removal comes after them. */
    stop: () => {
      cancelTimer();
      latest = null;
      return writing;
    },
  };
}
