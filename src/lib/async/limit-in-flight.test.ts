import { describe, expect, it } from 'vitest';

import { limitInFlight } from './limit-in-flight';

describe('limitInFlight', () => {
  it('never runs more than the limit at once, starts the waiting in order, and passes results and errors on', async () => {
    const run = limitInFlight(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const task = (index: number) => () => {
      started.push(index);
      running += 1;
      most = Math.max(most, running);
      return new Promise<number>((resolve) => {
        releases[index] = () => {
          running -= 1;
          resolve(index * 10);
        };
      });
    };
    const results = [0, 1, 2, 3].map((index) => run(task(index)));
    const failed = run(() => Promise.reject(new Error('refused')));
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    releases[1]?.();
    await expect(results[1]).resolves.toBe(10);
    expect(started).toEqual([0, 1, 2]);
    releases[0]?.();
    releases[2]?.();
    await results[2];
    releases[3]?.();
    await expect(failed).rejects.toThrow('refused');
    await expect(Promise.all(results)).resolves.toEqual([0, 10, 20, 30]);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(most).toBe(2);
    // Every place was given back: a new call starts at once.
    let ranAt = false;
    await run(() => {
      ranAt = true;
      return Promise.resolve();
    });
    expect(ranAt).toBe(true);
  });
});
