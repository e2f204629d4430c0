import { protectCell } from '@/lib/csv/protect-cell';
import { countOf } from '@/lib/text/plural';

/** The portal's cap on how many groups one member can belong to. */
export const MAX_GROUPS_PER_MEMBER = 512;

export type MemberOutcomeStatus = 'added' | 'already-member' | 'not-added' | 'failed' | 'not-sent';
export type MemberOutcome = { username: string; status: MemberOutcomeStatus; reason: string };
export type GroupReport = { groupId: string; groupTitle: string; outcomes: MemberOutcome[] };

/** How one addUsers call ended: the portal's `notAdded`, a request error, or never sent (cancelled). */
export type BatchResult = { usernames: readonly string[] } & (
  { kind: 'answered'; notAdded: readonly string[] } | { kind: 'failed'; message: string } | { kind: 'not-sent' }
);

export type GroupReportInput = {
  groupId: string;
  groupTitle: string;
  /** Names that are not members of the organization (found before sending, never sent). */
  unknown: readonly string[];
  /** Names already in the group before the run (never sent). */
  alreadyMembers: readonly string[];
  batches: readonly BatchResult[];
  /** How many groups each refused member belongs to, when it could be found out. */
  groupCounts: ReadonlyMap<string, number>;
  /** Set when the group's members could not be read first: anyone "added" may have been a member already. */
  membersUnread?: string;
};

export const outcomeLabels: Record<MemberOutcomeStatus, string> = {
  added: 'Added',
  'already-member': 'Already a member',
  'not-added': 'Not added',
  failed: 'Failed',
  'not-sent': 'Not sent',
};

/** Why the portal left someone out: it answers `notAdded` without reasons, so the report says what we know. */
export function notAddedReason(username: string, groupCounts: ReadonlyMap<string, number>): string {
  const count = groupCounts.get(username.toLowerCase());
  if (count !== undefined && count >= MAX_GROUPS_PER_MEMBER) {
    return `Already in ${count.toLocaleString('en-US')} groups, the most a member can belong to (${String(MAX_GROUPS_PER_MEMBER)}).`;
  }
  return 'The portal did not add this member and gave no reason.';
}

/** One line per requested member of one group, in the order they were given. */
export function buildGroupReport(input: GroupReportInput): GroupReport {
  const outcomes: MemberOutcome[] = [
    ...input.unknown.map((username) => ({ username, status: 'not-added' as const, reason: 'Not a member of this organization.' })),
    ...input.alreadyMembers.map((username) => ({ username, status: 'already-member' as const, reason: 'Already in the group.' })),
  ];
  for (const batch of input.batches) {
    if (batch.kind === 'failed') {
      outcomes.push(...batch.usernames.map((username) => ({ username, status: 'failed' as const, reason: batch.message })));
      continue;
    }
    if (batch.kind === 'not-sent') {
      outcomes.push(...batch.usernames.map((username) => ({ username, status: 'not-sent' as const, reason: 'The run was cancelled before this call.' })));
      continue;
    }
    const refused = new Set(batch.notAdded.map((name) => name.toLowerCase()));
    for (const username of batch.usernames) {
      outcomes.push(
        refused.has(username.toLowerCase())
          ? { username, status: 'not-added', reason: notAddedReason(username, input.groupCounts) }
          : {
              username,
              status: 'added',
              reason: input.membersUnread
                ? `In the group now; may have been a member already (its members could not be read first: ${input.membersUnread}).`
                : '',
            },
      );
    }
  }
  return { groupId: input.groupId, groupTitle: input.groupTitle, outcomes };
}

export type ReportCounts = Record<MemberOutcomeStatus, number>;

export function countOutcomes(outcomes: readonly MemberOutcome[]): ReportCounts {
  const counts: ReportCounts = { added: 0, 'already-member': 0, 'not-added': 0, failed: 0, 'not-sent': 0 };
  for (const outcome of outcomes) counts[outcome.status] += 1;
  return counts;
}

/** One sentence for a group's result, e.g. "58 added, 1 already a member, 1 not added". */
export function describeCounts(counts: ReportCounts): string {
  const parts = [
    `${String(counts.added)} added`,
    counts['already-member'] ? countOf(counts['already-member'], 'already a member', 'already members') : '',
    counts['not-added'] ? `${String(counts['not-added'])} not added` : '',
    counts.failed ? `${String(counts.failed)} failed` : '',
    counts['not-sent'] ? `${String(counts['not-sent'])} not sent` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

function csvCell(value: string): string {
  const safe = protectCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The downloadable result: one row per group and member, with a BOM so spreadsheets read UTF-8. */
export function reportsToCsv(reports: readonly GroupReport[]): string {
  const lines = [['Group', 'Group ID', 'Username', 'Result', 'Reason'].join(',')];
  for (const report of reports) {
    for (const outcome of report.outcomes) {
      lines.push([report.groupTitle, report.groupId, outcome.username, outcomeLabels[outcome.status], outcome.reason].map(csvCell).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
