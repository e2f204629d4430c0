export type RetryPolicy = {
  /** Retries only these; permanent refusals fail at once. */
  isTransient: (error: unknown) => boolean;
  maxAttempts: number;
  /** Delay before attempt `attempt + 1` (attempts are 1-based). */
  backoffMs: (attempt: number) => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Sees every attempt (a run's connection watch notes failures and answers through it). */
  track?: <T>(attempt: () => Promise<T>) => Promise<T>;
};

export type Attempted<T> = { ok: true; value: T; attempts: number } | { ok: false; error: unknown; attempts: number };

/**
 * "Full jitter" on top of a backoff: a random delay from half to all of it, so the requests of a run that failed
 * together do not all come back at the same instant.
 */
export const withJitter =
  (backoff: (attempt: number) => number, random: () => number = Math.random) =>
  (attempt: number): number =>
    Math.round(backoff(attempt) * (0.5 + random() / 2));

/** Exponential backoff with a cap: `firstMs`, twice that, … at most `capMs`. */
export const exponentialBackoff =
  (firstMs: number, capMs: number) =>
  (attempt: number): number =>
    Math.min(capMs, firstMs * 2 ** (attempt - 1));

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

// A function, not a property read, so TypeScript does not assume the signal cannot change across awaits.
const isAborted = (signal: AbortSignal | undefined) => signal?.aborted ?? false;

/**
 * Runs `send` until it succeeds, fails permanently, or runs out of attempts; never throws. An abort stops
 * the retrying (the last failure is returned; callers check the signal to tell it apart).
 */
export async function withRetries<T>(send: () => Promise<T>, policy: RetryPolicy, signal?: AbortSignal): Promise<Attempted<T>> {
  const sleep = policy.sleep ?? abortableSleep;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return { ok: true, value: await (policy.track ? policy.track(send) : send()), attempts: attempt };
    } catch (error) {
      if (isAborted(signal) || !policy.isTransient(error) || attempt >= policy.maxAttempts) return { ok: false, error, attempts: attempt };
      await sleep(policy.backoffMs(attempt), signal);
      if (isAborted(signal)) return { ok: false, error, attempts: attempt };
    }
  }
}
