import { ArcGISAuthError, ArcGISRequestError, ArcGISTokenRequestError, ArcGISTokenRequestErrorCodes } from '@esri/arcgis-rest-request';
import { describe, expect, it } from 'vitest';

import { isTransientError, toAppError } from './arcgis-error';

const body = (code: number, message: string) => ({ error: { code, message, details: [] } });

describe('toAppError', () => {
  it('treats invalid tokens and failed refreshes as an ended session', () => {
    expect(toAppError(new ArcGISAuthError('498: Invalid token.', 498)).kind).toBe('auth');
    expect(toAppError(new ArcGISTokenRequestError('refresh_token expired', ArcGISTokenRequestErrorCodes.TOKEN_REFRESH_FAILED)).kind).toBe('auth');
  });

  it('treats a refresh that failed because the portal was busy or unreachable as transient, not as an ended session', () => {
    const busy = new ArcGISTokenRequestError(
      'HTTP 503 Service Unavailable: The portal is temporarily unavailable.',
      ArcGISTokenRequestErrorCodes.TOKEN_REFRESH_FAILED,
    );
    expect(toAppError(busy).kind).toBe('unavailable');
    expect(isTransientError(busy)).toBe(true);
    const throttled = new ArcGISTokenRequestError('HTTP 429: Too Many Requests', ArcGISTokenRequestErrorCodes.REFRESH_TOKEN_EXCHANGE_FAILED);
    expect(isTransientError(throttled)).toBe(true);
    const dropped = new ArcGISTokenRequestError('Failed to fetch', ArcGISTokenRequestErrorCodes.TOKEN_REFRESH_FAILED);
    expect(toAppError(dropped).kind).toBe('network');
    const refused = new ArcGISTokenRequestError('498: refresh_token expired', ArcGISTokenRequestErrorCodes.TOKEN_REFRESH_FAILED);
    expect(toAppError(refused).kind).toBe('auth');
    expect(isTransientError(refused)).toBe(false);
    const forbidden = new ArcGISTokenRequestError('HTTP 400 Bad Request: invalid_client_id', ArcGISTokenRequestErrorCodes.TOKEN_REFRESH_FAILED);
    expect(toAppError(forbidden).kind).toBe('auth');
  });

  it('reads the numeric code from the 200 error body', () => {
    const forbidden = new ArcGISRequestError('403: No', 'GWM_0003', body(403, 'You do not have permissions'));
    expect(toAppError(forbidden)).toMatchObject({ kind: 'permission', code: 'GWM_0003' });
    const missing = new ArcGISRequestError('User does not exist or is inaccessible.', 400, body(400, 'User does not exist or is inaccessible.'));
    expect(toAppError(missing).kind).toBe('not-found');
    const invalid = new ArcGISRequestError('400: bad', 400, body(400, 'Invalid sortField'));
    expect(toAppError(invalid).kind).toBe('validation');
  });

  it('explains network failures in words', () => {
    expect(toAppError(new TypeError('Failed to fetch'))).toMatchObject({ kind: 'network' });
  });
});

describe('isTransientError', () => {
  it('retries network failures, 5xx and throttling, never permanent refusals', () => {
    expect(isTransientError(new TypeError('Failed to fetch'))).toBe(true);
    expect(isTransientError(new ArcGISRequestError('Service Unavailable', 'HTTP 503 Service Unavailable'))).toBe(true);
    expect(isTransientError(new ArcGISRequestError('Too Many Requests', 'HTTP 429'))).toBe(true);
    expect(isTransientError(new ArcGISRequestError('bad', 400, body(400, 'Invalid role')))).toBe(false);
    expect(isTransientError(new ArcGISRequestError('Not Found', 'HTTP 404'))).toBe(false);
  });
});
