import type { TransferPlan } from './build-transfer-plan';
import { ROOT_FOLDER_NAME } from './folder-strategy';
import { type Caller, canReassignItemsOf, isAdminReassigner, transferPrivileges, userTypesWithoutContent } from './transfer-privileges';
import type { MemberProfile } from '../types';

export type PreflightIssueKind =
  | 'caller-cannot-reassign'
  | 'same-owner'
  | 'receiver-cannot-receive'
  | 'receiver-user-type'
  | 'receiver-disabled'
  | 'hosted-service'
  | 'group-access'
  | 'will-join-group'
  | 'name-clash'
  | 'related-blocked'
  | 'portal-refused';

export type PreflightIssue = { kind: PreflightIssueKind; severity: 'blocker' | 'warning' | 'info'; message: string };

export type ItemCheck = {
  itemId: string;
  unitId: string;
  title: string;
  type: string;
  targetFolder: string;
  status: 'ready' | 'warning' | 'blocked';
  issues: PreflightIssue[];
};

export type MissingGroup = { id: string; title: string; itemIds: string[] };

export type PreflightResult = {
  items: ItemCheck[];
  ready: number;
  warnings: number;
  blocked: number;
  /** Problems that stop every item (the caller's right, the receiver's type or privileges). */
  general: PreflightIssue[];
  /** Groups items are shared with that the receiver is not in (and is not about to join). */
  missingGroups: MissingGroup[];
};

export type PreflightInput = {
  plan: TransferPlan;
  caller: Caller;
  receiver: MemberProfile;
  /** Group ids each item is shared with. */
  sharing: ReadonlyMap<string, readonly string[]>;
  groupTitles: ReadonlyMap<string, string>;
  /** `title|type` (lower case) of the items already in each receiver folder, by folder title (lower case, '/' = root). */
  receiverFolderContents: ReadonlyMap<string, ReadonlySet<string>>;
  /** Groups the receiver will be added to before anything moves. */
  groupsToJoin: ReadonlySet<string>;
  /** Item id → the portal's reason it would refuse the move (asked where the app's own rules cannot tell). */
  portalRefusals?: ReadonlyMap<string, string>;
};

/** Hosted services can only be owned by members who may publish that kind of service. */
const hostedServicePrivileges: Readonly<Record<string, string>> = {
  'Feature Service': 'portal:publisher:publishFeatures',
  'Vector Tile Service': 'portal:publisher:publishTiles',
  'Map Service': 'portal:publisher:publishTiles',
  'Scene Service': 'portal:publisher:publishScenes',
};

export const itemNameKey = (title: string, type: string) => `${title.trim().toLowerCase()}|${type.toLowerCase()}`;

function generalIssues({ plan, caller, receiver }: PreflightInput): PreflightIssue[] {
  const issues: PreflightIssue[] = [];
  if (!canReassignItemsOf(caller, plan.owner)) {
    issues.push({
      kind: 'caller-cannot-reassign',
      severity: 'blocker',
      message: `Your role cannot reassign ${plan.owner}’s content (it lacks “Reassign content ownership”).`,
    });
  }
  if (receiver.username.toLowerCase() === plan.owner.toLowerCase()) {
    issues.push({ kind: 'same-owner', severity: 'blocker', message: `${receiver.username} already owns these items.` });
  }
  // An administrator's reassign is the portal's call (a default ArcGIS Online Publisher lacks this privilege and
  // still receives content): the portal is asked per item instead. An owner's own transfer needs it.
  if (!isAdminReassigner(caller) && !receiver.privileges.includes(transferPrivileges.receiveItems)) {
    issues.push({
      kind: 'receiver-cannot-receive',
      severity: 'blocker',
      message: `${receiver.username}’s role does not allow receiving content (“Receive content transferred from others”).`,
    });
  }
  if (receiver.userTypeId && userTypesWithoutContent.has(receiver.userTypeId)) {
    issues.push({
      kind: 'receiver-user-type',
      severity: 'blocker',
      message: `${receiver.username}’s user type (${receiver.userTypeId}) cannot own content.`,
    });
  }
  if (receiver.disabled) {
    issues.push({ kind: 'receiver-disabled', severity: 'blocker', message: `${receiver.username}’s account is disabled.` });
  }
  return issues;
}

const statusOf = (issues: readonly PreflightIssue[]): ItemCheck['status'] =>
  issues.some((issue) => issue.severity === 'blocker') ? 'blocked' : issues.some((issue) => issue.severity === 'warning') ? 'warning' : 'ready';

/** Checks every planned item before anything moves; a blocked item blocks its whole unit of related items. */
export function preflightTransfer(input: PreflightInput): PreflightResult {
  const general = generalIssues(input);
  const receiverGroups = new Set(input.receiver.groupIds);
  const missing = new Map<string, MissingGroup>();
  const checks: ItemCheck[] = [];

  for (const unit of input.plan.units) {
    const unitChecks = unit.items.map(({ item, targetFolder }): ItemCheck => {
      const issues = [...general];
      const publish = hostedServicePrivileges[item.type];
      if (publish && item.typeKeywords.includes('Hosted Service') && !input.receiver.privileges.includes(publish)) {
        issues.push({
          kind: 'hosted-service',
          severity: 'blocker',
          message: `A hosted ${item.type}: ${input.receiver.username}’s role cannot publish it, so cannot own it.`,
        });
      }
      const groups = input.sharing.get(item.id) ?? [];
      const notIn = groups.filter((id) => !receiverGroups.has(id) && !input.groupsToJoin.has(id));
      const joining = groups.filter((id) => !receiverGroups.has(id) && input.groupsToJoin.has(id));
      const names = (ids: readonly string[]) => ids.map((id) => `“${input.groupTitles.get(id) ?? id}”`).join(', ');
      if (notIn.length > 0) {
        issues.push({
          kind: 'group-access',
          severity: 'blocker',
          message: `Shared with ${names(notIn)}, which ${input.receiver.username} is not a member of.`,
        });
        for (const id of notIn) {
          const entry = missing.get(id) ?? { id, title: input.groupTitles.get(id) ?? id, itemIds: [] };
          entry.itemIds.push(item.id);
          missing.set(id, entry);
        }
      }
      if (joining.length > 0) {
        issues.push({ kind: 'will-join-group', severity: 'info', message: `${input.receiver.username} will be added to ${names(joining)} first.` });
      }
      const portalRefusal = input.portalRefusals?.get(item.id);
      if (portalRefusal) issues.push({ kind: 'portal-refused', severity: 'blocker', message: `The portal refuses to move it: ${portalRefusal}` });
      const folderKey = targetFolder === ROOT_FOLDER_NAME ? ROOT_FOLDER_NAME : targetFolder.toLowerCase();
      if (input.receiverFolderContents.get(folderKey)?.has(itemNameKey(item.title, item.type))) {
        issues.push({
          kind: 'name-clash',
          severity: 'warning',
          message: `${input.receiver.username} already has a ${item.type} named “${item.title}” in ${targetFolder === ROOT_FOLDER_NAME ? 'the root folder' : `“${targetFolder}”`}; both will exist.`,
        });
      }
      return { itemId: item.id, unitId: unit.id, title: item.title, type: item.type, targetFolder, status: statusOf(issues), issues };
    });
    const blockedTitles = unitChecks.filter((check) => check.status === 'blocked').map((check) => `“${check.title}”`);
    for (const check of unitChecks) {
      if (blockedTitles.length > 0 && check.status !== 'blocked') {
        check.issues.push({
          kind: 'related-blocked',
          severity: 'blocker',
          message: `Moves together with ${blockedTitles.join(', ')}, which cannot move.`,
        });
        check.status = 'blocked';
      }
      checks.push(check);
    }
  }

  return {
    items: checks,
    ready: checks.filter((check) => check.status === 'ready').length,
    warnings: checks.filter((check) => check.status === 'warning').length,
    blocked: checks.filter((check) => check.status === 'blocked').length,
    general,
    missingGroups: [...missing.values()],
  };
}

/** Units whose every item passed (ready or warning): the ones the run sends. */
export function runnableUnitIds(result: PreflightResult): Set<string> {
  const blocked = new Set(result.items.filter((check) => check.status === 'blocked').map((check) => check.unitId));
  return new Set(result.items.map((check) => check.unitId).filter((id) => !blocked.has(id)));
}
