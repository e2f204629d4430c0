import { mapWithConcurrency } from '@/lib/async/run-in-lanes';
import { type RetryPolicy, withRetries } from '@/lib/async/with-retries';

import { splitFullName, type EnterpriseReviewRow } from './enterprise-review';

export type EnterpriseAddStatus = 'added' | 'member' | 'failed' | 'not-sent';
export type EnterpriseAddOutcome = { username: string; fullname: string; email: string; status: EnterpriseAddStatus; reason: string };

export type CreateAccount = {
  username: string;
  firstname: string;
  lastname: string;
  email: string;
  role: string;
  userLicenseTypeId: string;
  description: string;
};

export type AddEnterpriseAccountsOptions = {
  rows: readonly EnterpriseReviewRow[];
  role: string;
  userLicenseTypeId: string;
  create: (account: CreateAccount) => Promise<void>;
  /** Who holds `username` now (null = nobody): tells our own earlier attempt apart from another person's account. */
  lookup: (username: string) => Promise<{ provider: string; idpUsername: string } | null>;
  /** The run's connection policy (`createRunConnection().policy`): waits out an outage or a refused sign-in. */
  retry: RetryPolicy;
  /** Resolves when the run may send its next account (a paused run holds here; requests in flight finish). */
  waitUntilResumed?: () => Promise<void>;
  /**
   * A run continued after the page was reloaded: an earlier request for any of these rows may have gone through, so
   * "already exists" with the same directory login counts as added (the review found them not to be members).
   */
  isResumed?: boolean;
  concurrency?: number;
  signal?: AbortSignal;
  onOutcome?: (outcome: EnterpriseAddOutcome, index: number) => void;
};

/**
 * Creates an account for every ready row with `createUser`, a few at a time, and gives every row one outcome.
 * Transient failures are retried (the retry policy); a refusal fails only its row, with the portal's reason. A
 * "taken" answer after an attempt whose answer was lost is checked: the same directory login means our attempt got
 * through (added, exactly once); before any lost attempt it means the person is already a member, unless the run is
 * resumed after a reload (then the interrupted run's request got through).
 */
export async function addEnterpriseAccounts(options: AddEnterpriseAccountsOptions): Promise<EnterpriseAddOutcome[]> {
  const { rows, role, userLicenseTypeId, create, lookup, retry, waitUntilResumed, isResumed = false, concurrency = 4, signal, onOutcome } = options;
  return mapWithConcurrency(rows, concurrency, async (row) => {
    const index = rows.indexOf(row);
    const outcome = await addOne(row);
    onOutcome?.(outcome, index);
    return outcome;
  });

  async function addOne(row: EnterpriseReviewRow): Promise<EnterpriseAddOutcome> {
    const { account } = row;
    const base = { username: account.username, fullname: account.fullname, email: account.email };
    if (row.status !== 'ready') return { ...base, status: row.status === 'member' ? 'member' : 'not-sent', reason: row.reason };
    await waitUntilResumed?.();
    if (signal?.aborted) return { ...base, status: 'not-sent', reason: 'Stopped before it was sent.' };
    let lostAttempts = 0;
    const attempt = await withRetries(
      async () => {
        try {
          await create({
            ...splitFullName(account.fullname, account.username),
            username: account.username,
            email: account.email,
            role,
            userLicenseTypeId,
            description: account.description,
          });
        } catch (error) {
          if (retry.isTransient(error)) lostAttempts += 1;
          throw error;
        }
      },
      retry,
      signal,
    );
    if (attempt.ok) return { ...base, status: 'added', reason: '' };
    const message = attempt.error instanceof Error ? attempt.error.message : String(attempt.error);
    if (retry.isTransient(attempt.error)) return { ...base, status: 'failed', reason: `The portal did not answer: ${message}` };
    if (/already exists|taken/i.test(message)) {
      const holder = await withRetries(() => lookup(account.username), retry, signal);
      if (!holder.ok) {
        const why = holder.error instanceof Error ? holder.error.message : String(holder.error);
        return { ...base, status: 'failed', reason: `The portal says ${account.username} exists, but who holds it could not be read: ${why}` };
      }
      const sameLogin = holder.value?.provider === 'enterprise' && holder.value.idpUsername.toLowerCase() === account.username.toLowerCase();
      if (sameLogin) {
        if (isResumed && lostAttempts === 0) return { ...base, status: 'added', reason: 'Added before the page was reloaded (confirmed).' };
        return lostAttempts > 0
          ? { ...base, status: 'added', reason: '' }
          : { ...base, status: 'member', reason: 'Became a member while you reviewed: not added again.' };
      }
      return { ...base, status: 'failed', reason: `The username ${account.username} is taken by another account.` };
    }
    return { ...base, status: 'failed', reason: message };
  }
}
