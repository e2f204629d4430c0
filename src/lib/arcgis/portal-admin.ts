import { ArcGISRequestError, request } from '@esri/arcgis-rest-request';

import { AppError, toAppError } from './arcgis-error';
import { portalAdminRoot } from './license-seats';
import type { PortalSession } from './portal-session';

export { portalAdminRoot };

type AdminErrorBody = { status: 'error'; messages?: unknown; code?: unknown };

const isAdminError = (body: unknown): body is AdminErrorBody => typeof body === 'object' && body !== null && (body as { status?: unknown }).status === 'error';

function adminError(body: AdminErrorBody): AppError {
  const messages = Array.isArray(body.messages) ? body.messages.filter((m): m is string => typeof m === 'string') : [];
  const message = messages.join(' ') || 'The portal refused the request.';
  const code = typeof body.code === 'number' ? body.code : undefined;
  if (code === 498 || code === 499) return new AppError('auth', 'Your sign-in has expired. Sign in again to continue.', code);
  if (code === 403) return new AppError('permission', message, code);
  if (code !== undefined && code >= 500) return new AppError('unavailable', message, code);
  return new AppError('validation', message, code);
}

/**
 * The admin API's `{status:"error", messages, code}` answer as an AppError. rest-js throws it as a request error whose
 * message is only the code (its `code >= 400` check), so the body it carries is read here.
 */
function toAdminAppError(error: unknown): AppError {
  const body: unknown = error instanceof ArcGISRequestError ? error.response : undefined;
  return isAdminError(body) ? adminError(body) : toAppError(error);
}

/** One renewal at a time per session: requests refused together (a run's lanes) wait for the same new token. */
const renewals = new WeakMap<PortalSession, Promise<unknown>>();

function renewToken(session: PortalSession): Promise<unknown> {
  let renewal = renewals.get(session);
  if (!renewal) {
    renewal = session.refreshCredentials().finally(() => renewals.delete(session));
    renewals.set(session, renewal);
  }
  return renewal;
}

/**
 * POSTs to a Portal Administrator API resource with the token in the body, as DOC requires ("all POST requests made
 * to the Portal Administrator API must include a token in the request body"). The token is the signed-in member's
 * own portal token: rest-js would treat the admin URL as a federated server and ask it for another. A token the
 * portal no longer accepts is renewed once and the request sent again, as rest-js does for the Sharing API.
 */
export async function portalAdminRequest<T>(
  session: PortalSession,
  path: string,
  params: Record<string, string | number | boolean> = {},
  signal?: AbortSignal,
): Promise<T> {
  const post = async () => {
    const token = await session.getToken(session.portal);
    const body: unknown = await request(`${portalAdminRoot(session.portal)}/${path}`, {
      httpMethod: 'POST',
      params: { ...params, token },
      signal,
    });
    if (isAdminError(body)) throw adminError(body);
    return body as T;
  };
  try {
    try {
      return await post();
    } catch (error) {
      const appError = toAdminAppError(error);
      if (appError.kind !== 'auth' || !session.canRefresh) throw appError;
      await renewToken(session);
      return await post();
    }
  } catch (error) {
    throw toAdminAppError(error);
  }
}
