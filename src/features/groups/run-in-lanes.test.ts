import { describe, expect, it } from 'vitest';

import { runInLanes, withRetries } from './run-in-lanes';

const policy = (maxAttempts: number) => ({
  isTransient: (error: unknown) => error instanceof Error && error.message === 'busy',
  maxAttempts,
  backoffMs: (attempt: number) => attempt * 10,
  sleep: () => Promise.resolve(),
});

describe('withRetries', () => {
  it('retries transient failures up to the attempt limit', async () => {
    let calls = 0;
    const task = () => {
      calls += 1;
      return calls < 3 ? Promise.reject(new Error('busy')) : Promise.resolve('ok');
    };
    await expect(withRetries(task, policy(3), new AbortController().signal)).resolves.toBe('ok');
    calls = 0;
    await expect(withRetries(task, policy(2), new AbortController().signal)).rejects.toThrow('busy');
    expect(calls).toBe(2);
  });

  it('never retries a permanent failure', async () => {
    let calls = 0;
    const task = () => {
      calls += 1;
      return Promise.reject(new Error('forbidden'));
    };
    await expect(withRetries(task, policy(5), new AbortController().signal)).rejects.toThrow('forbidden');
    expect(calls).toBe(1);
  });
});

describe('runInLanes', () => {
  it('keeps at most `concurrency` tasks in flight and runs each item once', async () => {
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    await runInLanes([1, 2, 3, 4, 5, 6, 7], 3, new AbortController().signal, async (item) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      done.push(item);
    });
    expect(peak).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('starts nothing new once aborted', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    await runInLanes([1, 2, 3], 1, controller.signal, (item) => {
      started.push(item);
      controller.abort();
      return Promise.resolve();
    });
    expect(started).toEqual([1]);
  });
});
