import { memberStoresGeneration, openKeyValueStore } from '@/lib/idb/key-value-store';
import { countOf, noun } from '@/lib/text/plural';

import type { ImportOutcome } from './execute-import';
import type { MemberField, MemberMapping } from '../core/types';

/**
 * What survives a closed tab: which file (by fingerprint), how it was read, and every row's outcome so far.
 * Never passwords: password fixes are left out, and the file itself is chosen again to resume.
 */
export type ImportJournal = {
  fingerprint: string;
  fileName: string;
  portal: string;
  /** The member who started the import: only they are offered to resume it. */
  username: string;
  status: 'running' | 'finished';
  startedAt: number;
  updatedAt: number;
  /** Rows the run sends (or confirms): the denominator of "N of M done". */
  total: number;
  /** Data rows in the file, so a notice counts what the review and the report count. */
  rowCount?: number;
  /**
   * Lines that named an existing member before the first run began. A resume never takes them for accounts the
   * interrupted run created; they stay "already a member".
   */
  preexisting?: number[];
  mapping: MemberMapping;
  edits: Record<number, Partial<Record<MemberField, string>>>;
  excluded: number[];
  outcomes: ImportOutcome[];
};

// A member store: the sign-out (or a session that ends for good) empties it.
const store = openKeyValueStore<ImportJournal>('roster', 'import-journals', { member: true });

type Owner = { portal: string; username: string };
const keyOf = (owner: Owner, fingerprint: string) => `${owner.portal} ${owner.username} ${fingerprint}`;

/** SHA-256 of the file's bytes: the same file, and only the same file, resumes a journal. */
export async function fingerprintOf(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Drops anything that could hold a password before the journal is written. */
export function withoutPasswords(edits: Record<number, Partial<Record<MemberField, string>>>): Record<number, Partial<Record<MemberField, string>>> {
  return Object.fromEntries(
    Object.entries(edits).map(([line, values]) => {
      const { password: _password, ...rest } = values;
      return [line, rest];
    }),
  );
}

/** Journals of one member on one portal: another member signing in on the same browser never sees them. */
export const importJournals = {
  find: (owner: Owner, fingerprint: string) => store.get(keyOf(owner, fingerprint)),
  unfinished: async (owner: Owner) =>
    (await store.values()).filter((journal) => journal.portal === owner.portal && journal.username === owner.username && journal.status === 'running'),
  remove: (journal: ImportJournal) => store.delete(keyOf(journal, journal.fingerprint)),
  /** One run's saves: dropped once the member has signed out, so a run still ending never brings its journal back. */
  writer: () => {
    const since = memberStoresGeneration();
    return (journal: ImportJournal) => (memberStoresGeneration() === since ? store.put(keyOf(journal, journal.fingerprint), journal) : Promise.resolve());
  },
};

/**
 * Where an interrupted import stands, counted the way its review and report count: "2,400 of 5,000 rows to add were
 * done when it stopped (2,390 added, 4 already members, 6 failed); 50 rows of the 5,050 named existing members."
 */
export function describeJournal(journal: Pick<ImportJournal, 'outcomes' | 'total' | 'rowCount' | 'preexisting'>): string {
  const count = (status: ImportOutcome['status']) => journal.outcomes.filter((outcome) => outcome.status === status).length;
  const done = journal.outcomes.length;
  const parts = `${countOf(count('added'), 'added', 'added')}, ${alreadyMembers(count('exists'))}, ${countOf(count('failed'), 'failed', 'failed')}`;
  const preexisting = journal.preexisting?.length ?? 0;
  const file =
    journal.rowCount === undefined
      ? ''
      : `; the file has ${countOf(journal.rowCount, 'row')}${preexisting > 0 ? `, ${preexisting.toLocaleString('en-US')} of them already ${noun(preexisting, 'a member', 'members')} before the import` : ''}`;
  return `${done.toLocaleString('en-US')} of ${countOf(journal.total, 'row')} to add ${noun(done, 'was', 'were')} done when it stopped (${parts})${file}.`;
}

/** "1 already member", "4 already members" (as the progress says it). */
function alreadyMembers(count: number): string {
  return countOf(count, 'already member');
}
