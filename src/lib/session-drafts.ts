import { memberStoresGeneration, openKeyValueStore } from '@/lib/idb/key-value-store';

/**
 * Unsaved work a reload must not lose (a wizard's fields, an import's review), never a password. Small drafts live in
 * this tab's sessionStorage, large ones in IndexedDB; every one is keyed by portal and member, and all are dropped
 * together when the member signs out (`clearSessionDrafts`, called by the sign-out).
 */
const prefix = 'roster.draft.';
const largeDrafts = openKeyValueStore<unknown>('roster-drafts', 'drafts');

export type DraftOwner = { portal: string; username: string };

const keyOf = (owner: DraftOwner, name: string) => `${prefix}${name} ${owner.portal} ${owner.username}`;

/** A draft in this tab's sessionStorage: survives a reload, not closing the tab. */
export function sessionDraft<T>(owner: DraftOwner, name: string) {
  const key = keyOf(owner, name);
  // A handle made before a sign-out never writes again (work still ending must not bring a draft back).
  const generation = memberStoresGeneration();
  return {
    read: (): T | null => {
      try {
        const stored = sessionStorage.getItem(key);
        return stored === null ? null : (JSON.parse(stored) as T);
      } catch {
        return null;
      }
    },
    write: (value: T) => {
      if (generation !== memberStoresGeneration()) return;
      try {
        sessionStorage.setItem(key, JSON.stringify(value));
      } catch {
        // Storage full or refused: the draft is a convenience, the form still works.
      }
    },
    remove: () => {
      sessionStorage.removeItem(key);
    },
  };
}

/** A draft in IndexedDB, for what is too large for sessionStorage (an import's rows without their passwords). */
export function largeDraft<T>(owner: DraftOwner, name: string) {
  const key = keyOf(owner, name);
  // A handle made before a sign-out never writes again (work still ending must not bring a draft back).
  const generation = memberStoresGeneration();
  return {
    read: async (): Promise<T | null> => ((await largeDrafts.get(key).catch(() => undefined)) as T | undefined) ?? null,
    write: async (value: T) => {
      if (generation === memberStoresGeneration()) await largeDrafts.put(key, value);
    },
    remove: () => largeDrafts.delete(key).catch(() => undefined),
  };
}

/** Drops every draft of every member: the sign-out calls this, so nothing typed or chosen outlives the session. */
export async function clearSessionDrafts(): Promise<void> {
  for (let index = sessionStorage.length - 1; index >= 0; index -= 1) {
    const key = sessionStorage.key(index);
    if (key?.startsWith(prefix)) sessionStorage.removeItem(key);
  }
  await largeDrafts.clear().catch(() => undefined);
}
