/** A decision as read from its item: `owner` is what the portal reports for the item, the rest is its data. */
export type PlanDecision = {
  itemId: string;
  owner: string;
  planId: string;
  planSha256: string;
  decision: 'approved' | 'rejected';
  comment: string;
  decidedBy: string;
  /** ISO 8601. */
  decidedAt: string;
};

export type PlanStatus =
  | { state: 'pending'; decision: null }
  /** Decided once, but the plan changed since: waiting again (the old decisions are shown, not counted). */
  | { state: 'stale'; decision: PlanDecision }
  | { state: 'approved' | 'rejected'; decision: PlanDecision };

/** Why a decision does not count for a plan, or null when it does. */
export function decisionRefusal(
  plan: { id: string; owner: string; planSha256: string },
  decision: Pick<PlanDecision, 'owner' | 'planId' | 'planSha256'>,
): string | null {
  if (decision.planId !== plan.id) return 'It is about another plan.';
  if (decision.owner.toLowerCase() === plan.owner.toLowerCase()) return 'It was made by the person who prepared the plan.';
  if (decision.planSha256 !== plan.planSha256) return 'The plan was changed after this decision.';
  return null;
}

const newestFirst = (a: PlanDecision, b: PlanDecision) => (a.decidedAt < b.decidedAt ? 1 : a.decidedAt > b.decidedAt ? -1 : 0);

/**
 * Where a plan stands: the newest decision that counts (made by someone else than the plan's owner, on the plan as
 * it is now) decides; decisions on an earlier version make it `stale` (waiting again).
 */
export function planStatus(plan: { id: string; owner: string; planSha256: string }, decisions: readonly PlanDecision[]): PlanStatus {
  const about = decisions.filter((decision) => decision.planId === plan.id).sort(newestFirst);
  const counting = about.find((decision) => decisionRefusal(plan, decision) === null);
  if (counting) return { state: counting.decision, decision: counting };
  const earlier = about.find((decision) => decision.owner.toLowerCase() !== plan.owner.toLowerCase());
  return earlier ? { state: 'stale', decision: earlier } : { state: 'pending', decision: null };
}

/** Why this member may not approve or reject the plan, or null when they may. */
export function approvalRefusal(plan: { owner: string }, username: string): string | null {
  return plan.owner.toLowerCase() === username.toLowerCase() ? 'You prepared this plan: another administrator must approve or reject it.' : null;
}

/** A decision item's data, with the owner the portal reported; null when the data is not a decision. */
export function readDecision(item: { id: string; owner: string }, data: unknown): PlanDecision | null {
  if (typeof data !== 'object' || data === null) return null;
  const value = data as Record<string, unknown>;
  const text = (key: string) => (typeof value[key] === 'string' ? value[key] : null);
  const decision = text('decision');
  const planId = text('planId');
  const planSha256 = text('planSha256');
  if ((decision !== 'approved' && decision !== 'rejected') || !planId || !planSha256) return null;
  return {
    itemId: item.id,
    owner: item.owner,
    planId,
    planSha256,
    decision,
    comment: text('comment') ?? '',
    decidedBy: text('decidedBy') ?? item.owner,
    decidedAt: text('decidedAt') ?? '',
  };
}
