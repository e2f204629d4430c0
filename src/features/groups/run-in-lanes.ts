export type RetryPolicy = {
  isTransient: (error: unknown) => boolean;
  maxAttempts: number;
  /** Delay before attempt `attempt + 1`. */
  backoffMs: (attempt: number) => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
};

/** 0.5 s, 1 s, 2 s … capped at 8 s. */
export const shortBackoff = (attempt: number) => Math.min(8_000, 500 * 2 ** (attempt - 1));

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

const isAborted = (signal: AbortSignal) => signal.aborted;

/** Runs `task`, retrying transient failures (network, 5xx, 429) with backoff; permanent ones throw at once. */
export async function withRetries<T>(task: () => Promise<T>, policy: RetryPolicy, signal: AbortSignal): Promise<T> {
  const sleep = policy.sleep ?? abortableSleep;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await task();
    } catch (error) {
      if (isAborted(signal) || !policy.isTransient(error) || attempt >= policy.maxAttempts) throw error;
      await sleep(policy.backoffMs(attempt), signal);
      if (isAborted(signal)) throw error;
    }
  }
}

/**
 * Runs `work` for every item with at most `concurrency` in flight. Items not started when `signal` aborts
 * are skipped (their `work` never runs).
 */
export async function runInLanes<T>(items: readonly T[], concurrency: number, signal: AbortSignal, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (!isAborted(signal) && next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
}
