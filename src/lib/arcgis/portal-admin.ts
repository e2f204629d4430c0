import { ArcGISRequestError, request } from '@esri/arcgis-rest-request';

import { AppError, toAppError } from './arcgis-error';
import type { PortalSession } from './portal-session';

/**
 * The Portal Administrator API of an ArcGIS Enterprise portal sits beside the Sharing API under the web adaptor:
 * `https://host/portal/sharing/rest` → `https://host/portal/portaladmin` (DOC: `https://<root>/security/users/…` with
 * root `…/<webadaptor>/portaladmin`). ArcGIS Online has none.
 */
export function portalAdminRoot(sharingRoot: string): string {
  return sharingRoot.replace(/\/sharing\/rest\/?$/i, '/portaladmin');
}

type AdminErrorBody = { status: 'error'; messages?: unknown; code?: unknown };

const isAdminError = (body: unknown): body is AdminErrorBody =>
  typeof body === 'object' && body !== null && (body as { status?: unknown }).status === 'error';

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
      await session.refreshCredentials();
      return await post();
    }
  } catch (error) {
    throw toAdminAppError(error);
  }
}
