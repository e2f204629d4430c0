import { countOf, noun } from '@/lib/text/plural';

import type { GroupOutcome } from '../transfer/group-transfer';
import type { ItemOutcome } from '../transfer/run-transfer';
import { type Caller, transferPrivileges } from '../transfer/transfer-privileges';
import type { AccountHoldings, ContentFolder, ContentItem, GroupSummary, MemberProfile } from '../types';

/** Everything a leaving member has, re-read from the portal each time the wizard starts or verifies. */
export type OffboardingInventory = {
  member: MemberProfile;
  items: ContentItem[];
  folders: ContentFolder[];
  ownedGroups: GroupSummary[];
  /** Groups the member belongs to without owning them. */
  memberships: { id: string; title: string }[];
  /** Pending invitations, or null when the portal does not show them to the signed-in member. */
  invitations: number | null;
  /** "Creator", or null when the portal does not say (the id is shown then). */
  userTypeName: string | null;
  /** Add-on licences and Esri access, which a real portal also refuses a delete for. */
  holdings: AccountHoldings;
};

export type FolderCount = { folderId: string | null; title: string; count: number };

/** Item counts per folder, root first, then folders by title (empty folders included). */
export function itemsByFolder(inventory: Pick<OffboardingInventory, 'items' | 'folders'>): FolderCount[] {
  const counts = new Map<string | null, number>();
  for (const item of inventory.items) counts.set(item.folderId, (counts.get(item.folderId) ?? 0) + 1);
  const folders = [...inventory.folders].sort((a, b) => a.title.localeCompare(b.title));
  return [
    { folderId: null, title: 'Root folder', count: counts.get(null) ?? 0 },
    ...folders.map((folder) => ({ folderId: folder.id, title: folder.title, count: counts.get(folder.id) ?? 0 })),
  ];
}

/** True when the member owns nothing: the only state in which the account may be deleted. */
export function ownsNothing(inventory: Pick<OffboardingInventory, 'items' | 'ownedGroups'>): boolean {
  return inventory.items.length === 0 && inventory.ownedGroups.length === 0;
}

export type RemainingEntry = { kind: 'Item' | 'Group'; id: string; title: string; reason: string };

/**
 * What the re-read inventory still holds, each with the reason from this run's report when there is one.
 * Anything still owned that the run says was moved is reported as such (the portal has the last word).
 */
export function explainRemaining(
  inventory: Pick<OffboardingInventory, 'items' | 'ownedGroups'>,
  itemOutcomes: ReadonlyMap<string, ItemOutcome>,
  groupOutcomes: ReadonlyMap<string, GroupOutcome>,
): RemainingEntry[] {
  const reasonFor = (outcome: { status: string; reason: string } | undefined, movedWord: string) => {
    if (!outcome) return 'Not part of this run.';
    if (outcome.status === movedWord) return 'Reported as moved, yet the portal still lists it under this member.';
    return outcome.reason || 'Not moved.';
  };
  return [
    ...inventory.items.map((item) => ({ kind: 'Item' as const, id: item.id, title: item.title, reason: reasonFor(itemOutcomes.get(item.id), 'moved') })),
    ...inventory.ownedGroups.map((group) => ({
      kind: 'Group' as const,
      id: group.id,
      title: group.title,
      reason: reasonFor(groupOutcomes.get(group.id), 'transferred'),
    })),
  ];
}

export type AccountChoice = 'delete' | 'disable' | 'keep';

export type AccountRights = { canDelete: boolean; canDisable: boolean; canRevokeLicences?: boolean };

export function accountRights(caller: Caller): AccountRights {
  return {
    canDelete: caller.privileges.includes(transferPrivileges.deleteUsers),
    canDisable: caller.privileges.includes(transferPrivileges.disableUsers),
    canRevokeLicences: caller.privileges.includes(transferPrivileges.manageLicenses),
  };
}

export type AccountDecision = {
  action: 'delete' | 'disable' | 'none';
  message: string;
  /** Turn Esri access off just before the delete (the portal refuses to delete a member who has it). */
  turnOffEsriAccess?: boolean;
  /** Add-on licences (listing item ids) to revoke just before the delete, as the person agreed in the plan. */
  revokeLicences?: string[];
};

/**
 * Why the portal would refuse to delete this member even once they own nothing, in words; null when nothing is
 * known to stand in the way. Add-on licences must be revoked by an administrator first (Roster cannot yet).
 */
export function licenceBlocker(inventory: Pick<OffboardingInventory, 'member' | 'holdings'>): string | null {
  const licences = inventory.holdings.licensedItems ?? [];
  if (licences.length === 0) return null;
  const entitlements = [...new Set(licences.flatMap((licence) => licence.entitlements))];
  return `${inventory.member.username} holds ${countOf(licences.length, 'add-on licence')}${entitlements.length > 0 ? ` (${entitlements.join(', ')})` : ''}, and the portal does not delete a member who holds add-on licences. Revoke them in the organization's licence settings first, or disable the account instead.`;
}

/** What the wizard says about the account's licences and Esri access before anything runs. */
export function holdingsNotes(inventory: Pick<OffboardingInventory, 'member' | 'holdings'>): string[] {
  const { licensedItems, esriAccess } = inventory.holdings;
  return [
    licensedItems === null
      ? 'Add-on licences: not reported by the portal. If the member holds any, the portal will refuse the delete and the account is kept.'
      : `Add-on licences: ${licensedItems.length === 0 ? 'none' : String(licensedItems.length)}.`,
    esriAccess === null
      ? 'Esri access: not reported by the portal.'
      : esriAccess
        ? 'Esri access: on. It is turned off just before the account is deleted, as the portal requires.'
        : 'Esri access: off.',
  ];
}

/**
 * What happens to the account at the end. Delete only once the member owns nothing (verified by re-reading) and
 * holds no add-on licences; disabling does not need that. Without the right to do the chosen thing, nothing happens
 * and the message says who can.
 */
export function decideAccountAction(
  choice: AccountChoice,
  verified: Pick<OffboardingInventory, 'member' | 'items' | 'ownedGroups' | 'holdings'>,
  rights: AccountRights,
  /** The person ticked "Revoke N add-on licences before deleting". */
  revokeLicences = false,
): AccountDecision {
  if (choice === 'keep') return { action: 'none', message: 'The account stays as it is, as chosen.' };
  if (choice === 'disable') {
    return rights.canDisable
      ? { action: 'disable', message: 'The account will be disabled.' }
      : { action: 'none', message: 'Your role cannot disable members; ask an administrator to disable the account.' };
  }
  if (!ownsNothing(verified)) {
    const parts = [
      verified.items.length > 0 ? countOf(verified.items.length, 'item') : '',
      verified.ownedGroups.length > 0 ? countOf(verified.ownedGroups.length, 'group') : '',
    ].filter(Boolean);
    return { action: 'none', message: `The account was kept: the member still owns ${parts.join(' and ')}.` };
  }
  if (!rights.canDelete) {
    return {
      action: 'none',
      message: 'Everything was transferred, but your role cannot delete members; ask an administrator to delete the account.',
    };
  }
  const licences = licenceBlocker(verified);
  const revoke = licences && revokeLicences && rights.canRevokeLicences ? (verified.holdings.licensedItems ?? []).map((item) => item.itemId) : undefined;
  if (licences && !revoke) return { action: 'none', message: `The account was kept: ${licences}` };
  const first = revoke ? `${countOf(revoke.length, 'add-on licence')} will be revoked` : '';
  const esri = verified.holdings.esriAccess === true ? 'Esri access will be turned off' : '';
  const steps = [first, esri].filter(Boolean);
  const message = steps.length > 0 ? `${steps.join(', ')}, then the account deleted.` : 'The account will be deleted.';
  return {
    action: 'delete',
    message: message.charAt(0).toUpperCase() + message.slice(1),
    ...(verified.holdings.esriAccess === true ? { turnOffEsriAccess: true } : {}),
    ...(revoke ? { revokeLicences: revoke } : {}),
  };
}

/**
 * The wizard's last button says everything it will do, the destructive part by name: "Move 34 items and 4 groups,
 * then delete frank.departing".
 */
export function finalStepLabel({
  items,
  groups,
  account,
  username,
  receiver,
}: {
  items: number;
  groups: number;
  account: AccountChoice;
  username: string;
  /** One receiver of everything (the delete dialog's "transfer and delete") is named: "… to grace.receiver, …". */
  receiver?: string;
}): string {
  const moves = [items > 0 ? countOf(items, 'item') : '', groups > 0 ? countOf(groups, 'group') : ''].filter(Boolean);
  const move = moves.length > 0 ? `Move ${moves.join(' and ')}${receiver ? ` to ${receiver}` : ''}` : '';
  const then = account === 'delete' ? `delete ${username}` : account === 'disable' ? `disable ${username}` : '';
  if (move && then) return `${move}, then ${then}`;
  if (then) return `${then.charAt(0).toUpperCase()}${then.slice(1)}`;
  return move || 'Finish';
}

/** A delete or disable goes ahead only once the person has typed the member's username. */
export const isAccountChoiceConfirmed = (account: AccountChoice, username: string, typed: string): boolean =>
  account === 'keep' || typed.trim().toLowerCase() === username.toLowerCase();

/** The result's headline: finished only when nothing is left and the account choice was carried out. */
export function offboardingHeadline(verified: Pick<OffboardingInventory, 'items' | 'ownedGroups'>, accountDone: boolean): string {
  if (!ownsNothing(verified)) {
    const left = [
      verified.items.length > 0 ? countOf(verified.items.length, 'item') : '',
      verified.ownedGroups.length > 0 ? countOf(verified.ownedGroups.length, 'group') : '',
    ];
    const verb = noun(verified.items.length + verified.ownedGroups.length, 'remains', 'remain');
    return `Offboarding not finished: ${left.filter(Boolean).join(' and ')} ${verb}`;
  }
  return accountDone ? 'Offboarding finished' : 'The account was kept';
}
