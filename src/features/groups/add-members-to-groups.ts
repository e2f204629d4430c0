import { type BatchResult, buildGroupReport, type GroupReport } from './membership-report';
import { planUserBatches } from './plan-user-batches';
import { type RetryPolicy, runInLanes, withRetries } from './run-in-lanes';
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
  const jobs: Job[] = [];
  const planned = new Map<string, string[][]>();

  let checked = 0;
  onProgress({ phase: 'checking', done: 0, total: groups.length });
  await runInLanes(groups, concurrency, signal, async (group) => {
    let inGroup = new Set<string>();
    try {
      const names = await withRetries(() => ports.memberNames(group.id, signal), retry, signal);
      inGroup = new Set([names.owner, ...names.admins, ...names.users].map((name) => name.toLowerCase()));
    } catch {
      // Not knowing who is in already only costs a call: the portal leaves existing members as they are.
    }
    already.set(group.id, usernames.filter((name) => inGroup.has(name.toLowerCase())));
    const batches = planUserBatches(usernames.filter((name) => !inGroup.has(name.toLowerCase())));
    planned.set(group.id, batches);
    batches.forEach((batch, index) => jobs.push({ groupId: group.id, index, usernames: batch }));
    checked += 1;
    onProgress({ phase: 'checking', done: checked, total: groups.length });
  });

  const results = new Map<string, BatchResult>();
  const key = (groupId: string, index: number) => `${groupId}#${String(index)}`;
  let sent = 0;
  onProgress({ phase: 'adding', done: 0, total: jobs.length });
  await runInLanes(jobs, concurrency, signal, async (job) => {
    try {
      const notAdded = await withRetries(() => ports.addUsers(job.groupId, job.usernames, signal), retry, signal);
      results.set(key(job.groupId, job.index), { usernames: job.usernames, kind: 'answered', notAdded });
    } catch (error) {
      // A call cut short by Cancel may or may not have reached the portal; the report says it failed.
      results.set(key(job.groupId, job.index), { usernames: job.usernames, kind: 'failed', message: ports.errorMessage(error) });
    }
    sent += 1;
    onProgress({ phase: 'adding', done: sent, total: jobs.length });
  });

  const refused = [...new Set([...results.values()].flatMap((r) => (r.kind === 'answered' ? r.notAdded.map((n) => n.toLowerCase()) : [])))];
  const toExplain = refused.slice(0, MAX_EXPLAINED);
  const groupCounts = new Map<string, number>();
  let explained = 0;
  if (toExplain.length > 0 && !signal.aborted) {
    onProgress({ phase: 'explaining', done: 0, total: toExplain.length });
    await runInLanes(toExplain, concurrency, signal, async (username) => {
      try {
        groupCounts.set(username, await ports.countGroups(username, signal));
      } catch {
        // Without the count the report says the portal gave no reason, which is true.
      }
      explained += 1;
      onProgress({ phase: 'explaining', done: explained, total: toExplain.length });
    });
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
    }),
  );
}
