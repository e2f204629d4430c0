import { ArcGISAuthError, ArcGISRequestError, ArcGISTokenRequestError } from '@esri/arcgis-rest-request';

export type AppErrorKind = 'auth' | 'permission' | 'not-found' | 'validation' | 'network' | 'unavailable' | 'unknown';

/** The one error shape the UI sees, whatever rest-js or fetch threw. */
export class AppError extends Error {
  readonly kind: AppErrorKind;
  readonly code: string | number | undefined;
  constructor(kind: AppErrorKind, message: string, code?: string | number) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    this.code = code;
  }
}

/** Turns anything rest-js or fetch throws into one shape the UI can show. Pure: no toasts, no redirects. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // A refresh that failed because the portal was busy or out of reach says nothing about the session: the same
  // refresh works a moment later, so it is as transient as its cause.
  if (error instanceof ArcGISTokenRequestError) {
    const cause = transientCauseOf(error.originalMessage);
    if (cause === 'unavailable') return new AppError('unavailable', 'The portal was busy while renewing your sign-in.', error.code);
    if (cause === 'network') return new AppError('network', 'The portal could not be reached while renewing your sign-in.', error.code);
  }
  // Both subclass ArcGISRequestError, so test them first. Any other failed refresh ends the session.
  if (error instanceof ArcGISAuthError || error instanceof ArcGISTokenRequestError) {
    return new AppError('auth', 'Your sign-in has expired. Sign in again to continue.', error.code);
  }
  if (error instanceof ArcGISRequestError) {
    // rest-js reports HTTP failures (5xx, 429 throttling) with a code like "HTTP 503 Service Unavailable".
    const httpStatus = /^HTTP (\d{3})/.exec(String(error.code))?.[1];
    if (httpStatus && (httpStatus === '429' || httpStatus.startsWith('5'))) {
      return new AppError('unavailable', `The portal is busy or unavailable (HTTP ${httpStatus}).`, error.code);
    }
    const response: unknown = error.response;
    const status = statusOf(response);
    const message = error.originalMessage || error.message;
    if (status === 403) return new AppError('permission', message, error.code);
    if (status === 404 || /does not exist or is inaccessible/i.test(message)) {
      return new AppError('not-found', message, error.code);
    }
    if (status === 400) return new AppError('validation', message, error.code);
    return new AppError('unknown', message, error.code);
  }
  if (error instanceof TypeError) {
    return new AppError('network', 'Cannot reach the portal. Check the network connection and try again.');
  }
  if (error instanceof Error) return new AppError('unknown', error.message);
  return new AppError('unknown', String(error));
}

/**
 * What made a token request fail, read from the message rest-js keeps (`HTTP 503 Service Unavailable: …` for a
 * busy portal, the browser's fetch message for a dropped connection); null = the portal refused it.
 */
function transientCauseOf(message: string): 'unavailable' | 'network' | null {
  if (/^HTTP (429|5\d\d)\b/.test(message)) return 'unavailable';
  if (/failed to fetch|networkerror|load failed|fetch failed|network (connection|request)/i.test(message)) return 'network';
  return null;
}

function statusOf(response: unknown): unknown {
  if (typeof response !== 'object' || response === null || !('error' in response)) return undefined;
  const body = response.error;
  return typeof body === 'object' && body !== null && 'code' in body ? body.code : undefined;
}

/** Failures worth retrying: the request may succeed if sent again a little later. */
export function isTransientError(error: unknown): boolean {
  const { kind } = toAppError(error);
  return kind === 'network' || kind === 'unavailable';
}
