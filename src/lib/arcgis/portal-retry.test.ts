import { ArcGISRequestError } from '@esri/arcgis-rest-request';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { withRetries } from '@/lib/async/with-retries';

import { createRunConnection, retrying } from './portal-retry';

const unavailable = () => new ArcGISRequestError('Service Unavailable', 'HTTP 503 Service Unavailable');
const refusal = () => new ArcGISRequestError('Invalid role', 400, { error: { code: 400, message: 'Invalid role', details: [] } });

/** A request that fails transiently `failures` times, then answers. */
function flaky(failures: number) {
  let calls = 0;
  const send = () => {
    calls += 1;
    return calls <= failures ? Promise.reject(unavailable()) : Promise.resolve(calls);
  };
  return { send, calls: () => calls };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createRunConnection', () => {
  it('never gives up on a transient failure, and says the portal is not answering after the stall time', async () => {
    const connection = createRunConnection({ stallMs: 5_000 });
    const seen: boolean[] = [];
    connection.subscribe(() => seen.push(connection.health().waiting));
    const request = flaky(12);
    const outcome = withRetries(request.send, connection.policy);

    await vi.advanceTimersByTimeAsync(4_000);
    expect(connection.health().waiting).toBe(false);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(connection.health()).toMatchObject({ waiting: true, message: 'The portal is busy or unavailable (HTTP 503).' });

    await vi.advanceTimersByTimeAsync(200_000);
    expect(await outcome).toEqual({ ok: true, value: 13, attempts: 13 });
    // Answered again: the notice goes by itself.
    expect(connection.health().waiting).toBe(false);
    expect(seen).toEqual([true, false]);
    connection.close();
  });

  it('fails a real refusal at once, and counts it as an answer', async () => {
    const connection = createRunConnection({ stallMs: 1_000 });
    let calls = 0;
    const outcome = await withRetries(() => {
      calls += 1;
      return Promise.reject(refusal());
    }, connection.policy);
    expect(outcome).toMatchObject({ ok: false, attempts: 1 });
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(connection.health().waiting).toBe(false);
    connection.close();
  });

  it('"Retry now" sends every waiting request again without waiting out its backoff', async () => {
    const connection = createRunConnection();
    const request = flaky(3);
    const outcome = withRetries(request.send, connection.policy);
    await vi.advanceTimersByTimeAsync(0);
    expect(request.calls()).toBe(1);
    connection.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(request.calls()).toBe(2);
    connection.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    connection.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(await outcome).toMatchObject({ ok: true, attempts: 4 });
    connection.close();
  });

  it('stops waiting when the run is cancelled', async () => {
    const connection = createRunConnection();
    const controller = new AbortController();
    const outcome = withRetries(flaky(1_000).send, connection.policy, controller.signal);
    await vi.advanceTimersByTimeAsync(3_000);
    controller.abort();
    expect(await outcome).toMatchObject({ ok: false });
    connection.close();
  });
});

describe('retrying', () => {
  it('returns the answer after transient failures, and throws the refusal as an AppError', async () => {
    const value = retrying(flaky(2).send);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await value).toBe(3);
    await expect(retrying(() => Promise.reject(refusal()))).rejects.toMatchObject({ name: 'AppError', kind: 'validation' });
  });
});
