import { queryOptions } from '@tanstack/react-query';

import type { PortalConfig } from '@/config/runtime-config';

import { completeRenewal, completeSignIn, persistSession, portalForCallback } from './portal-session';
import { selfQueries } from './self-queries';
import type { SessionStore } from './session-store';

/**
 * The OAuth callback as a query (not an effect), so the one-time code is exchanged exactly once, even
 * when React renders twice. Resolves to the path to return to.
 */
export function oauthCallbackQuery(search: string, portals: PortalConfig[], sessionStore: SessionStore) {
  return queryOptions({
    queryKey: ['oauth-callback', search, portals],
    queryFn: async ({ client }) => {
      const portal = portalForCallback(search, portals);
      if (!portal) throw new Error('The sign-in response does not belong to a configured portal.');
      const { session, returnTo } = await completeSignIn(portal);
      persistSession(session);
      // Every screen waits on who signed in and the organization: asked now, while the first screen's code still loads
      // (a failure stays in the query for the shell to show and retry).
      void client.query(selfQueries.member(session)).catch(() => undefined);
      void client.query(selfQueries.organization(session)).catch(() => undefined);
      sessionStore.signIn(session);
      return returnTo;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

/** The renewal popup's half of `renewSignIn`, run exactly once like the callback above. */
export function renewalCallbackQuery(search: string, portals: PortalConfig[]) {
  return queryOptions({
    queryKey: ['oauth-renewal', search, portals],
    queryFn: async () => {
      const portal = portalForCallback(search, portals);
      if (!portal) throw new Error('The sign-in response does not belong to a configured portal.');
      await completeRenewal(portal);
      return true;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
