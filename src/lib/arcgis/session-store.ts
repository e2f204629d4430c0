import type { PortalSession } from './portal-session';

export type SessionState = { status: 'signed-in'; session: PortalSession } | { status: 'signed-out'; byUser: boolean } | { status: 'expired' };

type Listener = () => void;

/** The one place that knows whether someone is signed in; React reads it with useSyncExternalStore. */
export function createSessionStore(initial: PortalSession | null) {
  let state: SessionState = initial ? { status: 'signed-in', session: initial } : { status: 'signed-out', byUser: false };
  const listeners = new Set<Listener>();
  const set = (next: SessionState) => {
    state = next;
    listeners.forEach((listener) => {
      listener();
    });
  };
  return {
    get: () => state,
    subscribe: (listener: Listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signIn: (session: PortalSession) => {
      set({ status: 'signed-in', session });
    },
    signOut: () => {
      set({ status: 'signed-out', byUser: true });
    },
    /** The portal refused the token and refreshing failed: the user must sign in again. */
    expire: () => {
      if (state.status === 'signed-in') set({ status: 'expired' });
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
