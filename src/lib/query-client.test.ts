import { describe, expect, it } from 'vitest';

import { AppError } from './arcgis/arcgis-error';
import { portalRetry } from './arcgis/portal-retry';
import { queryRetry, queryRetryDelay, refetchWhileUnreachable } from './query-client';

const busy = new AppError('unavailable', 'The portal is busy or unavailable (HTTP 503).', 'HTTP 503');
const dropped = new AppError('network', 'Cannot reach the portal.');
const refused = new AppError('permission', 'You do not have permissions to access this resource.', 403);

describe('queryRetry (the one retry rule, for queries)', () => {
  it('asks again after transient failures until the policy’s attempts are used up', () => {
    expect(queryRetry(0, busy)).toBe(true);
    expect(queryRetry(0, dropped)).toBe(true);
    expect(queryRetry(portalRetry.maxAttempts - 2, busy)).toBe(true);
    expect(queryRetry(portalRetry.maxAttempts - 1, busy)).toBe(false);
  });

  it('never asks again after a refusal', () => {
    expect(queryRetry(0, refused)).toBe(false);
    expect(queryRetry(0, new AppError('auth', 'Your sign-in has expired.'))).toBe(false);
  });

  it('waits longer after each failure, up to the cap', () => {
    const delays = Array.from({ length: 8 }, (_, failures) => queryRetryDelay(failures));
    for (const delay of delays) {
      expect(delay).toBeGreaterThan(0);
      expect(delay).toBeLessThanOrEqual(8_000);
    }
    expect(Math.max(...delays.slice(4))).toBeGreaterThan(Math.max(...delays.slice(0, 1)));
  });
});

describe('refetchWhileUnreachable', () => {
  const every = refetchWhileUnreachable(5_000);
  it('keeps asking while the last answer was a transient failure', () => {
    expect(every({ state: { status: 'error', error: dropped } })).toBe(5_000);
  });
  it('stops once the portal answered, or refused', () => {
    expect(every({ state: { status: 'success', error: null } })).toBe(false);
    expect(every({ state: { status: 'error', error: refused } })).toBe(false);
  });
});
