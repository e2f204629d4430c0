import { runInLanes } from './run-in-lanes';
import { type Attempted, type RetryPolicy, withRetries } from './with-retries';

/** How one batch ended: the value `send` resolved to, or the error it kept failing with. */
export type BatchSettlement<R> = Attempted<R>;

export type RunBatchesOptions<B, R> = {
  batches: readonly B[];
  send: (batch: B, signal: AbortSignal) => Promise<R>;
  onSettled: (batch: B, settlement: BatchSettlement<R>) => void;
  /** Transient failures are retried by this rule; permanent refusals settle at once. */
  retry: RetryPolicy;
  /** Requests in flight at once. */
  concurrency: number;
  signal: AbortSignal;
  /** Resolves when the run may go on (pausing holds new requests; those in flight finish). */
  waitUntilResumed: () => Promise<void>;
};

// A function, not a property read, so TypeScript does not assume the signal cannot change across awaits.
const isAborted = (signal: AbortSignal) => signal.aborted;

/**
 * Sends every batch with bounded concurrency, retrying transient failures with backoff. Each batch settles
 * exactly once unless the run is aborted first; batches not started when aborted are left unsettled.
 */
export async function runBatches<B, R>(options: RunBatchesOptions<B, R>): Promise<void> {
  const { batches, send, onSettled, retry: policy, concurrency, signal, waitUntilResumed } = options;
  await runInLanes(
    batches.length,
    concurrency,
    async (index) => {
      await waitUntilResumed();
      if (isAborted(signal)) return;
      const batch = batches[index] as B;
      const settlement = await withRetries(() => send(batch, signal), policy, signal);
      // A failure caused by the abort is not a refusal: leave the batch unsettled.
      if (!settlement.ok && isAborted(signal)) return;
      onSettled(batch, settlement);
    },
    () => signal.aborted,
  );
}
