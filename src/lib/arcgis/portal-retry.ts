import { abortableSleep, exponentialBackoff, type RetryPolicy, withJitter, withRetries } from '@/lib/async/with-retries';

import { isTransientError, toAppError } from './arcgis-error';

/**
 * The one retry rule for every request Roster makes to decide or change something: only transient failures
 * (`isTransientError`: 5xx, 429, a dropped connection, a sign-in renewal that failed for one of those) are sent
 * again, with capped exponential backoff and jitter. Refusals fail at once.
 */
const backoff = withJitter(exponentialBackoff(500, 8_000));

/**
 * For reads outside a run (the review's checks, a selection, an export): about 30 s of patience before the
 * failure is shown, with a way to try again.
 */
export const portalRetry: RetryPolicy = { isTransient: isTransientError, maxAttempts: 7, backoffMs: backoff };

/** Sends `send` under `policy` and returns its value, or throws its last failure (as an `AppError`). */
export async function retrying<T>(send: () => Promise<T>, policy: RetryPolicy = portalRetry, signal?: AbortSignal): Promise<T> {
  const outcome = await withRetries(send, policy, signal);
  if (outcome.ok) return outcome.value;
  throw toAppError(outcome.error);
}

/**
 * How a run's connection to the portal is doing: answering, not answering (`unanswered`), or refusing the sign-in
 * even after renewing it (`signed-out`: the person must sign in again).
 */
export type RunHealth = { waiting: false } | { waiting: true; reason: 'unanswered' | 'signed-out'; since: number; message: string };

const isSessionLoss = (error: unknown) => toAppError(error).kind === 'auth';

/** Runs open now: while one is, a refused sign-in pauses that run instead of ending the whole session. */
let openRuns = 0;
export const isRunOpen = () => openRuns > 0;

/** How long requests keep failing before a run says the portal is not answering. */
export const STALL_NOTICE_MS = 5_000;

/**
 * One bulk run's link to the portal. Its `policy` never gives up on a transient failure: during an outage every
 * request waits (a row fails only for the portal's real refusal), and after `STALL_NOTICE_MS` of failures without
 * an answer the run says so (`health`); it carries on by itself once the portal answers. "Retry now" cuts every
 * wait short; cancelling the run (its abort signal) ends the waiting.
 */
export function createRunConnection(options: { stallMs?: number; now?: () => number } = {}) {
  const stallMs = options.stallMs ?? STALL_NOTICE_MS;
  const now = options.now ?? Date.now;
  let health: RunHealth = { waiting: false };
  let firstFailureAt: number | null = null;
  let lastMessage = '';
  let stallTimer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  openRuns += 1;
  const listeners = new Set<() => void>();
  const wakers = new Set<() => void>();

  const set = (next: RunHealth) => {
    health = next;
    for (const listener of listeners) listener();
  };
  const answered = () => {
    firstFailureAt = null;
    if (stallTimer) clearTimeout(stallTimer);
    stallTimer = null;
    if (health.waiting) set({ waiting: false });
  };
  const failed = (error: unknown) => {
    lastMessage = toAppError(error).message;
    if (firstFailureAt === null) {
      firstFailureAt = now();
      const since = firstFailureAt;
      stallTimer = setTimeout(() => {
        if (firstFailureAt === since && !health.waiting) set({ waiting: true, reason: 'unanswered', since, message: lastMessage });
      }, stallMs);
    } else if (health.waiting && health.reason === 'unanswered' && health.message !== lastMessage) {
      set({ ...health, message: lastMessage });
    }
  };

  const signedOut = (error: unknown) => {
    if (health.waiting && health.reason === 'signed-out') return;
    set({ waiting: true, reason: 'signed-out', since: now(), message: toAppError(error).message });
  };
  const isSignedOut = () => health.waiting && health.reason === 'signed-out';
  const wakeAll = () => {
    for (const wake of [...wakers]) wake();
  };

  const policy: RetryPolicy = {
    // A refused sign-in is not the row's fault either: the run holds it until the person signs in again.
    isTransient: (error) => isTransientError(error) || isSessionLoss(error),
    maxAttempts: Number.POSITIVE_INFINITY,
    backoffMs: backoff,
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        const wake = () => {
          wakers.delete(wake);
          resolve();
        };
        wakers.add(wake);
        signal?.addEventListener('abort', wake, { once: true });
        // Signed out, a request waits for the new sign-in (or a cancel), not for a timer.
        if (!isSignedOut()) void abortableSleep(ms, signal).then(wake);
      }),
    track: async <T>(attempt: () => Promise<T>): Promise<T> => {
      try {
        const value = await attempt();
        answered();
        return value;
      } catch (error) {
        // A refusal is an answer too: the portal is there.
        if (isTransientError(error)) failed(error);
        else if (isSessionLoss(error)) signedOut(error);
        else answered();
        throw error;
      }
    },
  };

  return {
    policy,
    health: () => health,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    /** Ends every backoff wait now, so each waiting request is sent again at once. */
    retryNow: wakeAll,
    /** The person signed in again: the held requests go out with the new credentials. */
    signedInAgain: () => {
      if (isSignedOut()) set({ waiting: false });
      wakeAll();
    },
    /** Stops the stall timer (the run is over). */
    close: () => {
      if (stallTimer) clearTimeout(stallTimer);
      stallTimer = null;
      listeners.clear();
      if (!closed) openRuns -= 1;
      closed = true;
    },
  };
}

export type RunConnection = ReturnType<typeof createRunConnection>;
