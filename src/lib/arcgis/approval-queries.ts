import { queryOptions } from '@tanstack/react-query';

import { readImportPlan, type ImportPlan } from '@/lib/approvals/import-plan';
import { planStatus, type PlanDecision, type PlanStatus } from '@/lib/approvals/plan-status';

import {
  fetchApprovalItem,
  fetchDecisions,
  fetchItemData,
  fetchItemGroups,
  fetchMyGroups,
  PLAN_KEYWORD,
  searchApprovalItems,
  type ApprovalItem,
  type ApproverGroup,
} from './approval-items';
import type { PortalSession } from './portal-session';

/** A plan item as Roster reads it: the plan when it is one Roster can trust, otherwise why not. */
export type LoadedPlan = {
  item: ApprovalItem;
  plan: ImportPlan | null;
  problem: string | null;
  /** Decisions about this plan, newest first (those that do not count too: the page says why). */
  decisions: PlanDecision[];
  status: PlanStatus | null;
};

async function loadPlan(session: PortalSession, item: ApprovalItem, decisions: readonly PlanDecision[]): Promise<LoadedPlan> {
  const reading = await readImportPlan(await fetchItemData(session, item.id).catch(() => undefined));
  const about = decisions.filter((decision) => decision.planId === item.id).sort((a, b) => (a.decidedAt < b.decidedAt ? 1 : -1));
  if (!reading.ok) return { item, plan: null, problem: reading.reason, decisions: about, status: null };
  return {
    item,
    plan: reading.plan,
    problem: null,
    decisions: about,
    status: planStatus({ id: item.id, owner: item.owner, planSha256: reading.plan.planSha256 }, about),
  };
}

export const approvalQueries = {
  all: () => ['approvals'] as const,
  plans: (session: PortalSession) =>
    queryOptions({
      queryKey: [...approvalQueries.all(), 'plans'],
      queryFn: async ({ signal }) => {
        const [items, decisions] = await Promise.all([searchApprovalItems(session, PLAN_KEYWORD, signal), fetchDecisions(session, signal)]);
        return Promise.all(items.map((item) => loadPlan(session, item, decisions)));
      },
    }),
  plan: (session: PortalSession, planId: string) =>
    queryOptions({
      queryKey: [...approvalQueries.all(), 'plan', planId],
      queryFn: async ({ signal }): Promise<LoadedPlan & { groups: ApproverGroup[] }> => {
        const [item, decisions, groups] = await Promise.all([
          fetchApprovalItem(session, planId, signal),
          fetchDecisions(session, signal),
          fetchItemGroups(session, planId).catch(() => []),
        ]);
        return { ...(await loadPlan(session, item, decisions)), groups };
      },
    }),
  myGroups: (session: PortalSession) => queryOptions({ queryKey: [...approvalQueries.all(), 'my-groups'], queryFn: () => fetchMyGroups(session) }),
};
