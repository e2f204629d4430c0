import { describe, expect, it } from 'vitest';

import { type BatchSettlement, runBatches } from './run-batches';

const transient = new Error('HTTP 503');
const permanent = new Error('400 bad');
const noSleep = () => Promise.resolve();
const resumed = () => Promise.resolve();

function run(batches: number[], send: (batch: number) => Promise<string>, extra: { concurrency?: number; signal?: AbortSignal } = {}) {
  const settled = new Map<number, BatchSettlement<string>>();
  const promise = runBatches({
    batches,
    send,
    onSettled: (batch, settlement) => {
      expect(settled.has(batch)).toBe(false); // exactly once
      settled.set(batch, settlement);
    },
    retry: { isTransient: (error) => error === transient, maxAttempts: 3, backoffMs: () => 0, sleep: noSleep },
    concurrency: extra.concurrency ?? 3,
    signal: extra.signal ?? new AbortController().signal,
    waitUntilResumed: resumed,
  });
  return { promise, settled };
}

describe('runBatches', () => {
  it('settles every batch once, retrying transient failures and not permanent ones', async () => {
    const calls = new Map<number, number>();
    const { promise, settled } = run([1, 2, 3, 4, 5], (batch) => {
      const count = (calls.get(batch) ?? 0) + 1;
      calls.set(batch, count);
      if (batch === 2 && count < 3) return Promise.reject(transient);
      if (batch === 4) return Promise.reject(permanent);
      if (batch === 5) return Promise.reject(transient);
      return Promise.resolve(`ok ${String(batch)}`);
    });
    await promise;
    expect(settled.get(1)).toEqual({ ok: true, value: 'ok 1', attempts: 1 });
    expect(settled.get(2)).toEqual({ ok: true, value: 'ok 2', attempts: 3 });
    expect(settled.get(4)).toEqual({ ok: false, error: permanent, attempts: 1 });
    expect(settled.get(5)).toEqual({ ok: false, error: transient, attempts: 3 });
    expect(settled.size).toBe(5);
  });

  it('never has more requests in flight than allowed', async () => {
    let inFlight = 0;
    let peak = 0;
    const { promise, settled } = run(
      Array.from({ length: 20 }, (_, index) => index),
      async () => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight -= 1;
        return 'ok';
      },
      { concurrency: 4 },
    );
    await promise;
    expect(peak).toBe(4);
    expect(settled.size).toBe(20);
  });

  it('stops starting batches once aborted', async () => {
    const controller = new AbortController();
    const { promise, settled } = run(
      [1, 2, 3, 4],
      (batch) => {
        if (batch === 2) controller.abort();
        return Promise.resolve('ok');
      },
      { concurrency: 1, signal: controller.signal },
    );
    await promise;
    expect([...settled.keys()]).toEqual([1, 2]);
  });
});
