import { runInLanes } from '@/lib/async/run-in-lanes';
import { type RetryPolicy, withRetries } from '@/lib/async/with-retries';

import { type BatchResult, buildGroupReport, type GroupReport } from './membership-report';
import { planUserBatches } from './plan-user-batches';
import type { GroupMemberNames } from './types';

export type AddMembersPorts = {
  memberNames: (groupId: string, signal: AbortSignal) => Promise<GroupMemberNames>;
  /** One `addUsers` call; resolves with `notAdded`. */
  addUsers: (groupId: string, usernames: string[], signal: AbortSignal) => Promise<string[]>;
  countGroups: (username: string, signal: AbortSignal) => Promise<number>;
  errorMessage: (error: unknown) => string;
};

export type AddMembersProgress = { phase: 'checking' | 'adding' | 'explaining'; done: number; total: number };

export type AddMembersRequest = {
  groups: readonly { id: string; title: string }[];
  /** Organization members, spelled as the portal spells them. */
  usernames: readonly string[];
  /** Names that are not organization members: reported, never sent. */
  unknown: readonly string[];
  ports: AddMembersPorts;
  retry: RetryPolicy;
  /** Requests in flight at once, across all groups. */
  concurrency: number;
  signal: AbortSignal;
  onProgress: (progress: AddMembersProgress) => void;
};

/** Refused members whose group count is looked up to explain the refusal (beyond this, no reason). */
const MAX_EXPLAINED = 100;

type Job = { groupId: string; index: number; usernames: string[] };

/**
 * Adds the same members to each group: skips who is in it already, sends the rest in calls of ≤ 25 with
 * bounded concurrency and retries, then explains every refusal it can. One report per group.
 */
export async function addMembersToGroups(request: AddMembersRequest): Promise<GroupReport[]> {
  const { groups, usernames, ports, retry, concurrency, signal, onProgress } = request;
  const already = new Map<string, string[]>();
  const unread = new Map<string, string>();
  const jobs: Job[] = [];
  const planned = new Map<string, string[][]>();

  let checked = 0;
  onProgress({ phase: 'checking', done: 0, total: groups.length });
  const stopped = () => signal.aborted;
  await runInLanes(
    groups.length,
    concurrency,
    async (index) => {
      const group = groups[index] as (typeof groups)[number];
      const names = await withRetries(() => ports.memberNames(group.id, signal), retry, signal);
      // Not knowing who is in already only costs a call (the portal leaves existing members as they are), but the
      // report must not claim they were added by this run.
      if (!names.ok) unread.set(group.id, ports.errorMessage(names.error));
      const inGroup = new Set(names.ok ? [names.value.owner, ...names.value.admins, ...names.value.users].map((name) => name.toLowerCase()) : []);
      already.set(
        group.id,
        usernames.filter((name) => inGroup.has(name.toLowerCase())),
      );
      const batches = planUserBatches(usernames.filter((name) => !inGroup.has(name.toLowerCase())));
      planned.set(group.id, batches);
      batches.forEach((batch, index) => jobs.push({ groupId: group.id, index, usernames: batch }));
      checked += 1;
      onProgress({ phase: 'checking', done: checked, total: groups.length });
    },
    stopped,
  );

  const results = new Map<string, BatchResult>();
  const key = (groupId: string, index: number) => `${groupId}#${String(index)}`;
  let sent = 0;
  onProgress({ phase: 'adding', done: 0, total: jobs.length });
  await runInLanes(
    jobs.length,
    concurrency,
    async (index) => {
      const job = jobs[index] as Job;
      const answer = await withRetries(() => ports.addUsers(job.groupId, job.usernames, signal), retry, signal);
      // A call cut short by Cancel may or may not have reached the portal; the report says it failed.
      results.set(
        key(job.groupId, job.index),
        answer.ok
          ? { usernames: job.usernames, kind: 'answered', notAdded: answer.value }
          : { usernames: job.usernames, kind: 'failed', message: ports.errorMessage(answer.error) },
      );
      sent += 1;
      onProgress({ phase: 'adding', done: sent, total: jobs.length });
    },
    stopped,
  );

  const refused = [...new Set([...results.values()].flatMap((r) => (r.kind === 'answered' ? r.notAdded.map((n) => n.toLowerCase()) : [])))];
  const toExplain = refused.slice(0, MAX_EXPLAINED);
  const groupCounts = new Map<string, number>();
  let explained = 0;
  if (toExplain.length > 0 && !signal.aborted) {
    onProgress({ phase: 'explaining', done: 0, total: toExplain.length });
    await runInLanes(
      toExplain.length,
      concurrency,
      async (index) => {
        const username = toExplain[index] as string;
        const count = await withRetries(() => ports.countGroups(username, signal), retry, signal);
        // Without the count the report says the portal gave no reason, which is true.
        if (count.ok) groupCounts.set(username, count.value);
        explained += 1;
        onProgress({ phase: 'explaining', done: explained, total: toExplain.length });
      },
      stopped,
    );
  }

  return groups.map((group) =>
    buildGroupReport({
      groupId: group.id,
      groupTitle: group.title,
      unknown: request.unknown,
      alreadyMembers: already.get(group.id) ?? [],
      batches: (planned.get(group.id) ?? planUserBatches(usernames)).map(
        (batch, index) => results.get(key(group.id, index)) ?? { usernames: batch, kind: 'not-sent' },
      ),
      groupCounts,
      membersUnread: unread.get(group.id),
    }),
  );
}
