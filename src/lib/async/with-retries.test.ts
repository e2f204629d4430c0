import { describe, expect, it } from 'vitest';

import { exponentialBackoff, withRetries } from './with-retries';

const busy = new Error('busy');
const policy = (maxAttempts: number) => ({
  isTransient: (error: unknown) => error === busy,
  maxAttempts,
  backoffMs: () => 0,
  sleep: () => Promise.resolve(),
});
const failingUntil = (succeedOn: number, error: Error = busy) => {
  let calls = 0;
  return {
    send: () => {
      calls += 1;
      return calls < succeedOn ? Promise.reject(error) : Promise.resolve(`ok after ${String(calls)}`);
    },
    calls: () => calls,
  };
};

describe('withRetries', () => {
  it('retries transient failures up to the attempt limit, and never throws', async () => {
    expect(await withRetries(failingUntil(3).send, policy(3))).toEqual({ ok: true, value: 'ok after 3', attempts: 3 });
    const exhausted = failingUntil(9);
    expect(await withRetries(exhausted.send, policy(2))).toEqual({ ok: false, error: busy, attempts: 2 });
    expect(exhausted.calls()).toBe(2);
  });

  it('does not retry a permanent failure', async () => {
    const refused = new Error('403');
    const task = failingUntil(9, refused);
    expect(await withRetries(task.send, policy(5))).toEqual({ ok: false, error: refused, attempts: 1 });
  });

  it('stops retrying when aborted', async () => {
    const controller = new AbortController();
    const task = failingUntil(9);
    const result = await withRetries(
      task.send,
      {
        ...policy(5),
        sleep: () => {
          controller.abort();
          return Promise.resolve();
        },
      },
      controller.signal,
    );
    expect(result).toMatchObject({ ok: false, attempts: 1 });
    expect(task.calls()).toBe(1);
  });
});

describe('exponentialBackoff', () => {
  it('doubles from the first delay up to the cap', () => {
    const backoff = exponentialBackoff(500, 3_000);
    expect([1, 2, 3, 4, 5].map(backoff)).toEqual([500, 1_000, 2_000, 3_000, 3_000]);
  });
});
