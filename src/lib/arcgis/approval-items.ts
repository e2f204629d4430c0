import { createItem, getItemData, getItemGroups, searchItems, shareItemWithGroup, updateItem } from '@esri/arcgis-rest-portal';
import { request } from '@esri/arcgis-rest-request';

import type { ImportPlan } from '@/lib/approvals/import-plan';
import { readDecision, type PlanDecision } from '@/lib/approvals/plan-status';

import { toAppError } from './arcgis-error';
import type { PortalSession } from './portal-session';

/** An item type Esri documents for an application's own data (see emulator/README.md, Approvals). */
export const APPROVAL_ITEM_TYPE = 'Application';
export const PLAN_KEYWORD = 'RosterImportPlan';
export const DECISION_KEYWORD = 'RosterImportDecision';
const ROSTER_KEYWORD = 'Roster';
const MAX_RESULTS = 100;

/** An approval item as the search reports it: only the fields Roster reads. */
export type ApprovalItem = { id: string; owner: string; title: string; modified: number | null };

export type ApproverGroup = { id: string; title: string };

const planTitle = (plan: ImportPlan) => `Roster import plan: ${plan.fileName}`;

const guard = async <T>(send: () => Promise<T>): Promise<T> => {
  try {
    return await send();
  } catch (error) {
    throw toAppError(error);
  }
};

/** Stores a new plan as a private item of the preparer, then shares it with the approvers' group. The item id. */
export async function submitPlan(session: PortalSession, plan: ImportPlan, groupId: string): Promise<string> {
  const created = await guard(() =>
    createItem({
      item: { title: planTitle(plan), type: APPROVAL_ITEM_TYPE, typeKeywords: [ROSTER_KEYWORD, PLAN_KEYWORD], tags: ['Roster'], text: JSON.stringify(plan) },
      owner: session.username,
      authentication: session,
    }),
  );
  await shareWithGroup(session, created.id, groupId);
  return created.id;
}

/** Replaces a plan's data (a resubmission: its hash changes, earlier decisions stop counting) and shares it again. */
export async function resubmitPlan(session: PortalSession, itemId: string, plan: ImportPlan, groupId: string): Promise<void> {
  await guard(() => updateItem({ item: { id: itemId, title: planTitle(plan), text: JSON.stringify(plan) }, owner: session.username, authentication: session }));
  await shareWithGroup(session, itemId, groupId);
}

/** Stores an approver's decision as their own item, shared with the plan's groups. */
export async function recordDecision(session: PortalSession, decision: Omit<PlanDecision, 'itemId' | 'owner'>, groupIds: readonly string[]): Promise<string> {
  const created = await guard(() =>
    createItem({
      item: {
        title: `Roster import ${decision.decision}: ${decision.planId}`,
        type: APPROVAL_ITEM_TYPE,
        typeKeywords: [ROSTER_KEYWORD, DECISION_KEYWORD],
        tags: ['Roster'],
        text: JSON.stringify({
          planId: decision.planId,
          planSha256: decision.planSha256,
          decision: decision.decision,
          comment: decision.comment,
          decidedBy: decision.decidedBy,
          decidedAt: decision.decidedAt,
        }),
      },
      owner: session.username,
      authentication: session,
    }),
  );
  for (const groupId of groupIds) await shareWithGroup(session, created.id, groupId);
  return created.id;
}

async function shareWithGroup(session: PortalSession, itemId: string, groupId: string): Promise<void> {
  // rest-js reads the portal's `notSharedWith` and throws when the group was refused.
  await guard(() => shareItemWithGroup({ id: itemId, groupId, owner: session.username, authentication: session }));
}

const toApprovalItem = (raw: { id: string; owner: string; title?: string; modified?: number }): ApprovalItem => ({
  id: raw.id,
  owner: raw.owner,
  title: raw.title ?? '',
  modified: typeof raw.modified === 'number' ? raw.modified : null,
});

/** The plans or decisions the signed-in member may see (their own, and those shared with their groups), newest first. */
export async function searchApprovalItems(session: PortalSession, keyword: string, signal?: AbortSignal): Promise<ApprovalItem[]> {
  const answer = await guard(() =>
    searchItems({
      q: `typekeywords:"${keyword}" AND type:"${APPROVAL_ITEM_TYPE}"`,
      num: MAX_RESULTS,
      sortField: 'modified',
      sortOrder: 'desc',
      authentication: session,
      signal,
    }),
  );
  return answer.results.map(toApprovalItem);
}

/** The item as the portal reports it (owner above all: a decision's author is its owner). */
export async function fetchApprovalItem(session: PortalSession, itemId: string, signal?: AbortSignal): Promise<ApprovalItem> {
  const raw = (await guard(() =>
    request(`${session.portal}/content/items/${encodeURIComponent(itemId)}`, { httpMethod: 'GET', authentication: session, signal }),
  )) as {
    id: string;
    owner: string;
    title?: string;
    modified?: number;
  };
  return toApprovalItem(raw);
}

/** An item's data (parsed JSON), or undefined when it has none. */
export function fetchItemData(session: PortalSession, itemId: string): Promise<unknown> {
  return guard(() => getItemData(itemId, { authentication: session }) as Promise<unknown>);
}

/** The groups an item is shared with that the signed-in member can see. */
export async function fetchItemGroups(session: PortalSession, itemId: string): Promise<ApproverGroup[]> {
  const answer = await guard(() => getItemGroups(itemId, { authentication: session }));
  return [...(answer.admin ?? []), ...(answer.member ?? []), ...(answer.other ?? [])].map((group) => ({ id: group.id, title: group.title }));
}

/** Decisions shared with the signed-in member, read with their owners as the portal reports them. */
export async function fetchDecisions(session: PortalSession, signal?: AbortSignal): Promise<PlanDecision[]> {
  const items = await searchApprovalItems(session, DECISION_KEYWORD, signal);
  const decisions = await Promise.all(items.map(async (item) => readDecision(item, await fetchItemData(session, item.id).catch(() => undefined))));
  return decisions.filter((decision): decision is PlanDecision => decision !== null);
}

/** The groups the signed-in member belongs to (where a plan can be shared), as `community/users/{me}` lists them. */
export async function fetchMyGroups(session: PortalSession): Promise<ApproverGroup[] | null> {
  const user = (await guard(() =>
    request(`${session.portal}/community/users/${encodeURIComponent(session.username)}`, { httpMethod: 'GET', authentication: session }),
  )) as { groups?: { id?: unknown; title?: unknown }[] };
  if (!Array.isArray(user.groups)) return null;
  return user.groups
    .filter((group): group is { id: string; title: string } => typeof group.id === 'string' && typeof group.title === 'string')
    .map((group) => ({ id: group.id, title: group.title }))
    .sort((a, b) => a.title.localeCompare(b.title));
}
