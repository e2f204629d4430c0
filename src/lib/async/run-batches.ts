/** How one batch ended: the value `send` resolved to, or the error it kept failing with. */
export type BatchSettlement<R> = { ok: true; value: R; attempts: number } | { ok: false; error: unknown; attempts: number };

export type RunBatchesOptions<B, R> = {
  batches: readonly B[];
  send: (batch: B, signal: AbortSignal) => Promise<R>;
  onSettled: (batch: B, settlement: BatchSettlement<R>) => void;
  /** Retries only these; permanent refusals settle at once. */
  isTransient: (error: unknown) => boolean;
  /** Requests in flight at once. */
  concurrency: number;
  maxAttempts: number;
  /** Delay before attempt `attempt + 1` (1-based attempts). */
  backoffMs: (attempt: number) => number;
  signal: AbortSignal;
  /** Resolves when the run may go on (pausing holds new requests; those in flight finish). */
  waitUntilResumed: () => Promise<void>;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
};

/** Exponential backoff with a cap: 1 s, 2 s, 4 s … 16 s. */
export const exponentialBackoff = (attempt: number) => Math.min(16_000, 1_000 * 2 ** (attempt - 1));

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

// A function, not a property read, so TypeScript does not assume the signal cannot change across awaits.
const isAborted = (signal: AbortSignal) => signal.aborted;

/**
 * Sends every batch with bounded concurrency, retrying transient failures with backoff. Each batch settles
 * exactly once unless the run is aborted first; batches not started when aborted are left unsettled.
 */
export async function runBatches<B, R>(options: RunBatchesOptions<B, R>): Promise<void> {
  const { batches, send, onSettled, isTransient, concurrency, maxAttempts, backoffMs, signal, waitUntilResumed } = options;
  const sleep = options.sleep ?? abortableSleep;
  let next = 0;

  const lane = async () => {
    for (;;) {
      await waitUntilResumed();
      if (signal.aborted || next >= batches.length) return;
      const batch = batches[next] as B;
      next += 1;
      for (let attempt = 1; ; attempt += 1) {
        try {
          const value = await send(batch, signal);
          onSettled(batch, { ok: true, value, attempts: attempt });
          break;
        } catch (error) {
          if (isAborted(signal)) return;
          if (!isTransient(error) || attempt >= maxAttempts) {
            onSettled(batch, { ok: false, error, attempts: attempt });
            break;
          }
          await sleep(backoffMs(attempt), signal);
          if (isAborted(signal)) return;
        }
      }
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, batches.length)) }, lane));
}
