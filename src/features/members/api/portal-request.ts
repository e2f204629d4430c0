import { request } from '@esri/arcgis-rest-request';

import type { PortalSession } from '@/lib/arcgis/portal-session';

/** rest-js `request` with the session, for the resources rest-js has no helper for; errors are thrown unchanged. */
export type Paged = { nextStart: number };

export const userPath = (session: PortalSession, username: string) => `${session.portal}/community/users/${encodeURIComponent(username)}`;

export async function get<T>(session: PortalSession, url: string, params: Record<string, unknown> = {}, signal?: AbortSignal) {
  return (await request(url, { httpMethod: 'GET', params, authentication: session, signal })) as T;
}

export async function post<T>(session: PortalSession, url: string, params: Record<string, unknown> = {}, signal?: AbortSignal) {
  return (await request(url, { httpMethod: 'POST', params, authentication: session, signal })) as T;
}
