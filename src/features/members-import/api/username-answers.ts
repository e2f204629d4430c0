import type { PortalSession } from '@/lib/arcgis/portal-session';
import { READS_IN_FLIGHT } from '@/lib/arcgis/reads-in-flight';
import { runInLanes } from '@/lib/async/run-in-lanes';

import { batchesOf, checkUsernameBatch, fetchUsernameHolders, USERNAME_CHECK_BATCH, type UsernameCheckAnswer } from './import-api';
import type { UsernameHolder } from '../core/taken-username';

/** How the answers are read from the portal (the requests of `import-api.ts`; replaced in tests). */
export type UsernameReads = {
  checkBatch: (batch: readonly string[]) => Promise<UsernameCheckAnswer>;
  holders: (usernames: readonly string[]) => Promise<Map<string, UsernameHolder>>;
};

/** What the review knows of the usernames it asked about (lower-case names). */
export type UsernameFindings = { existing: Set<string>; unconfirmed: Set<string>; holders: Map<string, UsernameHolder> };

/**
 * The portal's answers about usernames for the life of one review: each name is asked once (`checkUsernames` in
 * batches, several in flight, then who holds the taken ones), a name already asked — or being asked — is not asked
 * again, and `recheck` forgets one name so a fixed row is asked about where it changed. A failed batch is forgotten,
 * so the next check asks for it again.
 */
export function createUsernameAnswers(reads: UsernameReads) {
  const asked = new Map<string, Promise<void>>();
  const taken = new Set<string>();
  const unconfirmed = new Set<string>();
  const holders = new Map<string, UsernameHolder>();
  const holdersAsked = new Map<string, Promise<void>>();

  const askHolders = (names: readonly string[]) => {
    const fresh = names.filter((name) => !holdersAsked.has(name));
    if (fresh.length > 0) {
      const read = reads.holders(fresh).then((found) => {
        for (const [name, holder] of found) holders.set(name, holder);
      });
      for (const name of fresh) holdersAsked.set(name, read);
      read.catch(() => {
        for (const name of fresh) holdersAsked.delete(name);
      });
    }
    return Promise.all(names.map((name) => holdersAsked.get(name) ?? Promise.resolve()));
  };

  /** Asks about the names not asked yet; resolves once every name given is answered, with `onProgress` on the way. */
  async function check(usernames: readonly string[], onProgress?: (checked: number) => void): Promise<void> {
    // Each name once (lower case). A name never asked is asked as first written (a repeat later in the list is not
    // asked twice); one an earlier check asked waits on that read. The names are counted by the read they wait on: one
    // wait per read, not one per name, which for a 50,000-row file was a long task of its own.
    const wanted = new Set<string>();
    const fresh: string[] = [];
    const freshKeys: string[] = [];
    const waiting = new Map<Promise<void>, number>();
    for (const username of usernames) {
      const key = username.toLowerCase();
      if (key === '' || wanted.has(key)) continue;
      wanted.add(key);
      const earlier = asked.get(key);
      if (earlier) {
        waiting.set(earlier, (waiting.get(earlier) ?? 0) + 1);
      } else {
        fresh.push(username);
        freshKeys.push(key);
      }
    }
    const batches = batchesOf(fresh, USERNAME_CHECK_BATCH);
    const keyBatches = batchesOf(freshKeys, USERNAME_CHECK_BATCH);
    // Every batch is started at once but sent through the lanes; each name waits on its own batch.
    const starts = batches.map(() => {
      let start = () => {};
      const started = new Promise<void>((resolve) => (start = resolve));
      return { started, start };
    });
    const sent = batches.map(async (batch, index) => {
      await starts[index]?.started;
      const answer = await reads.checkBatch(batch);
      for (const key of keyBatches[index] ?? []) {
        taken.delete(key);
        unconfirmed.delete(key);
      }
      for (const name of answer.taken) taken.add(name);
      for (const name of answer.unconfirmed) unconfirmed.add(name);
    });
    sent.forEach((done, index) => {
      const keys = keyBatches[index] ?? [];
      for (const key of keys) asked.set(key, done);
      waiting.set(done, keys.length);
      done.catch(() => {
        for (const key of keys) if (asked.get(key) === done) asked.delete(key);
      });
    });
    const lanes = runInLanes(batches.length, READS_IN_FLIGHT, async (index) => {
      starts[index]?.start();
      await (sent[index] as Promise<void>).catch(() => undefined);
    });
    let checked = 0;
    await Promise.all([
      lanes,
      ...[...waiting].map(async ([read, count]) => {
        await read;
        checked += count;
        onProgress?.(checked);
      }),
    ]);
    await askHolders([...wanted].filter((name) => taken.has(name)));
  }

  return {
    check,
    /** Forgets what was answered about `username` and asks again (a fix named it). */
    async recheck(username: string): Promise<void> {
      const key = username.toLowerCase();
      asked.delete(key);
      holdersAsked.delete(key);
      holders.delete(key);
      await check([username]);
    },
    /** The answers so far, as validation reads them. */
    findings: (): UsernameFindings => ({ existing: new Set(taken), unconfirmed: new Set(unconfirmed), holders: new Map(holders) }),
  };
}

export type UsernameAnswers = ReturnType<typeof createUsernameAnswers>;

/** The answers of one review, read from `session`'s portal. */
export const usernameAnswersFor = (session: PortalSession, signal?: AbortSignal): UsernameAnswers =>
  createUsernameAnswers({
    checkBatch: (batch) => checkUsernameBatch(session, batch, signal),
    holders: (usernames) => fetchUsernameHolders(session, usernames, signal),
  });
