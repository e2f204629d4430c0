import { openKeyValueStore } from '@/lib/idb/key-value-store';

import type { ImportOutcome } from './execute-import';
import type { MemberField, MemberMapping } from './types';

/**
 * What survives a closed tab: which file (by fingerprint), how it was read, and every row's outcome so far.
 * Never passwords: password fixes are left out, and the file itself is chosen again to resume.
 */
export type ImportJournal = {
  fingerprint: string;
  fileName: string;
  portal: string;
  status: 'running' | 'finished';
  startedAt: number;
  updatedAt: number;
  total: number;
  mapping: MemberMapping;
  edits: Record<number, Partial<Record<MemberField, string>>>;
  excluded: number[];
  outcomes: ImportOutcome[];
};

const store = openKeyValueStore<ImportJournal>('roster', 'import-journals');

/** SHA-256 of the file's bytes: the same file, and only the same file, resumes a journal. */
export async function fingerprintOf(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Drops anything that could hold a password before the journal is written. */
export function withoutPasswords(
  edits: Record<number, Partial<Record<MemberField, string>>>,
): Record<number, Partial<Record<MemberField, string>>> {
  return Object.fromEntries(
    Object.entries(edits).map(([line, values]) => {
      const { password: _password, ...rest } = values;
      return [line, rest];
    }),
  );
}

export const importJournals = {
  save: (journal: ImportJournal) => store.put(`${journal.portal} ${journal.fingerprint}`, journal),
  find: (portal: string, fingerprint: string) => store.get(`${portal} ${fingerprint}`),
  unfinished: async (portal: string) =>
    (await store.values()).filter((journal) => journal.portal === portal && journal.status === 'running'),
  remove: (journal: ImportJournal) => store.delete(`${journal.portal} ${journal.fingerprint}`),
};
