import { describe, expect, it } from 'vitest';

import { runLimited, type TaskSettlement } from './run-limited';

const noSleep = () => Promise.resolve();

describe('runLimited', () => {
  it('never has more tasks in flight than allowed and settles each once', async () => {
    let inFlight = 0;
    let peak = 0;
    const settled: number[] = [];
    await runLimited({
      tasks: [1, 2, 3, 4, 5, 6, 7],
      run: async (task) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        return task * 2;
      },
      onSettled: (task) => settled.push(task),
      isTransient: () => false,
      concurrency: 3,
      maxAttempts: 1,
      signal: new AbortController().signal,
    });
    expect(peak).toBe(3);
    expect(settled.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('retries transient failures only, up to maxAttempts', async () => {
    const calls = new Map<string, number>();
    const results = new Map<string, TaskSettlement<string>>();
    await runLimited({
      tasks: ['flaky', 'broken', 'refused'],
      run: (task) => {
        const count = (calls.get(task) ?? 0) + 1;
        calls.set(task, count);
        if (task === 'flaky' && count < 2) return Promise.reject(new Error('transient'));
        if (task === 'broken') return Promise.reject(new Error('transient'));
        if (task === 'refused') return Promise.reject(new Error('permanent'));
        return Promise.resolve('ok');
      },
      onSettled: (task, settlement) => results.set(task, settlement),
      isTransient: (error) => (error as Error).message === 'transient',
      concurrency: 2,
      maxAttempts: 3,
      signal: new AbortController().signal,
      sleep: noSleep,
    });
    expect(results.get('flaky')).toEqual({ ok: true, value: 'ok', attempts: 2 });
    expect(results.get('broken')).toMatchObject({ ok: false, attempts: 3 });
    expect(results.get('refused')).toMatchObject({ ok: false, attempts: 1 });
  });

  it('starts nothing new once aborted', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    await runLimited({
      tasks: [1, 2, 3, 4],
      run: (task) => {
        started.push(task);
        if (task === 1) controller.abort();
        return Promise.resolve(task);
      },
      onSettled: () => undefined,
      isTransient: () => false,
      concurrency: 1,
      maxAttempts: 1,
      signal: controller.signal,
    });
    expect(started).toEqual([1]);
  });
});
