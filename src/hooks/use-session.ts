import { createContext, useContext, useSyncExternalStore } from 'react';

import type { PortalSession } from '@/lib/arcgis/portal-session';
import type { SessionState, SessionStore } from '@/lib/arcgis/session-store';

export const SessionStoreContext = createContext<SessionStore | null>(null);

export function useSessionStore(): SessionStore {
  const store = useContext(SessionStoreContext);
  if (!store) throw new Error('useSessionStore must be used inside the app provider.');
  return store;
}

export function useSessionState(): SessionState {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.get);
}

/** The signed-in session; only for screens rendered behind the sign-in guard. */
export function usePortalSession(): PortalSession {
  const state = useSessionState();
  if (state.status !== 'signed-in') throw new Error('usePortalSession needs a signed-in member.');
  return state.session;
}
