import type { PortalSession } from '@/lib/arcgis/portal-session';
import { mapWithConcurrency } from '@/lib/async/run-in-lanes';

import { buildTransferPlan, type TransferPlan } from '../transfer/build-transfer-plan';
import { ROOT_FOLDER_NAME, targetFolderName } from '../transfer/folder-strategy';
import { itemNameKey } from '../transfer/preflight-transfer';
import { type Caller, isAdminReassigner, transferPrivileges } from '../transfer/transfer-privileges';
import type { ContentFolder, ContentItem, ContentSelection, FolderStrategy, MemberProfile } from '../types';
import { askPortalToReassign } from './ask-portal-to-reassign';
import {
  fetchAllContent,
  fetchFolderItems,
  fetchFolders,
  fetchItemSharing,
  fetchMemberProfile,
  fetchOwnedGroups,
  fetchRelatedItems,
  fetchSharingByGroups,
  isHostedLayerType,
  mayHaveRelatedItems,
  searchAllItems,
} from './content-api';

/** Reads in flight at once while preparing (the portal's pages are cheap; 1,000 items stay within seconds). */
const READ_CONCURRENCY = 8;

/** Everything the pre-flight rules need, read once; the rules themselves are pure (`preflightTransfer`). */
export type TransferContext = {
  plan: TransferPlan;
  receiver: MemberProfile;
  sharing: ReadonlyMap<string, readonly string[]>;
  groupTitles: ReadonlyMap<string, string>;
  receiverFolderContents: ReadonlyMap<string, ReadonlySet<string>>;
  receiverFolderTitles: string[];
  /** Item id → the portal's reason it would refuse the move (see `portalRefusals` in the pre-flight). */
  portalRefusals: ReadonlyMap<string, string>;
};

const mapConcurrent = <T, R>(values: readonly T[], work: (value: T) => Promise<R>): Promise<R[]> => mapWithConcurrency(values, READ_CONCURRENCY, work);

/** Single items, whole folders and "everything matching" become one list of items (duplicates dropped later). */
export async function resolveSelection(session: PortalSession, owner: string, selection: ContentSelection, signal?: AbortSignal): Promise<ContentItem[]> {
  const lists: ContentItem[][] = [[...selection.items.values()]];
  if (selection.query) {
    const { search, type } = selection.query;
    lists.push(search.trim() || type ? await searchAllItems(session, owner, search, type, signal) : (await fetchAllContent(session, owner, signal)).items);
  }
  for (const folderId of selection.folders) lists.push(await fetchFolderItems(session, owner, folderId, signal));
  return lists.flat();
}

export type PrepareTransferInput = {
  owner: string;
  receiver: string;
  selected: readonly ContentItem[];
  strategy: FolderStrategy;
  ownerFolders?: readonly ContentFolder[];
  /** Groups the owner is in (id → title), so shared-with groups can be named. */
  ownerGroupTitles?: ReadonlyMap<string, string>;
  /** The selection is everything the owner has (offboarding, "select everything"). */
  isWholeInventory?: boolean;
  /** Who runs the transfer; unknown (null) asks the portal whenever the app's rules cannot tell. */
  caller: Caller | null;
};

/** Above this many shared items, sharing is read per group rather than per item. */
const PER_ITEM_SHARING_LIMIT = 30;

/**
 * Related items, the receiver, the sharing of every shared item, and what already sits in the target folders,
 * read in parallel where nothing depends on another answer.
 */
export async function prepareTransfer(session: PortalSession, input: PrepareTransferInput, signal?: AbortSignal): Promise<TransferContext> {
  const [receiverInfo, ownerInfo, ownerFolders, receiverFolders] = await Promise.all([
    fetchMemberProfile(session, input.receiver, signal),
    fetchMemberProfile(session, input.owner, signal),
    input.ownerFolders ? Promise.resolve([...input.ownerFolders]) : fetchFolders(session, input.owner, signal),
    fetchFolders(session, input.receiver, signal),
  ]);
  const folderTitles = new Map(ownerFolders.map((folder) => [folder.id, folder.title]));
  const receiverFolderTitles = receiverFolders.map((folder) => folder.title);
  const readFolderContents = (titles: ReadonlySet<string>) => {
    const existing = [{ id: '', title: ROOT_FOLDER_NAME }, ...receiverFolders].filter((folder) => titles.has(folder.title.toLowerCase()));
    return mapConcurrent(existing, async (folder) => {
      const items = await fetchFolderItems(session, input.receiver, folder.id, signal);
      return [folder.title.toLowerCase(), new Set(items.map((item) => itemNameKey(item.title, item.type)))] as const;
    });
  };
  const shared = input.selected.filter((item) => item.access !== 'private');
  const byGroups = shared.length > PER_ITEM_SHARING_LIMIT;
  const selectedTargets = new Set(input.selected.map((item) => targetFolderName(item, input.strategy, folderTitles).toLowerCase()));

  const [relatedResults, groupSharing, selectedContents] = await Promise.all([
    // With everything the owner has selected, looking from each layer to its source finds every pair; looking
    // back from each file would only repeat it.
    mapConcurrent(
      input.selected.filter((item) => (input.isWholeInventory ? isHostedLayerType(item) : mayHaveRelatedItems(item))),
      (item) => fetchRelatedItems(session, item, signal),
    ),
    byGroups
      ? fetchSharingByGroups(
          session,
          input.owner,
          ownerInfo.groups.map((group) => group.id),
          signal,
        )
      : Promise.resolve(null),
    readFolderContents(selectedTargets),
  ]);
  const plan = buildTransferPlan({
    owner: input.owner,
    receiver: receiverInfo.profile.username,
    selected: input.selected,
    related: relatedResults.flatMap((result) => result.related),
    relations: relatedResults.flatMap((result) => result.relations),
    strategy: input.strategy,
    folderTitles,
    receiverFolderTitles,
  });

  // Items kept private are shared with no group; only the others need their sharing read.
  const planned = plan.units.flatMap((unit) => unit.items.map((entry) => entry.item));
  // The per-group read covers every item of the owner, related ones pulled in included.
  const unread = groupSharing ? [] : planned.filter((item) => item.access !== 'private');
  const targets = new Set(plan.units.flatMap((unit) => unit.items.map((entry) => entry.targetFolder.toLowerCase())));
  const missingTargets = new Set([...targets].filter((title) => !selectedTargets.has(title)));
  const [sharingLists, extraContents] = await Promise.all([
    mapConcurrent(unread, (item) => fetchItemSharing(session, input.owner, item.id, signal)),
    readFolderContents(missingTargets),
  ]);
  const sharing = new Map(groupSharing ?? []);
  unread.forEach((item, index) => sharing.set(item.id, sharingLists[index] ?? []));

  // Whether an administrator may hand content to a member without "receive items" is the portal's call: ask it
  // about every item the receiver already has the groups for (group access is checked here, and may change
  // when the receiver joins groups before the move).
  const askPortal = (input.caller === null || isAdminReassigner(input.caller)) && !receiverInfo.profile.privileges.includes(transferPrivileges.receiveItems);
  const receiverGroups = new Set(receiverInfo.profile.groupIds);
  const askable = askPortal ? planned.filter((item) => (sharing.get(item.id) ?? []).every((id) => receiverGroups.has(id))) : [];
  const portalRefusals =
    askable.length > 0
      ? await askPortalToReassign(
          session,
          input.owner,
          receiverInfo.profile.username,
          askable.map((item) => item.id),
          signal,
        )
      : new Map<string, string>();

  const groupTitles = new Map(input.ownerGroupTitles ?? []);
  for (const group of [...ownerInfo.groups, ...receiverInfo.groups]) if (!groupTitles.has(group.id)) groupTitles.set(group.id, group.title);

  return {
    plan,
    receiver: receiverInfo.profile,
    sharing,
    groupTitles,
    receiverFolderContents: new Map([...selectedContents, ...extraContents]),
    receiverFolderTitles,
    portalRefusals,
  };
}

export type PreparedTransfer = {
  items: TransferContext | null;
  /** The receiver of groups and the titles of groups they already own (titles are unique per owner). */
  groupReceiver: { profile: MemberProfile; ownedTitles: string[] } | null;
};

/** Reads everything a transfer's pre-flight needs: the selection's items with their context, and the group receiver. */
export async function prepareTransferRequest(
  session: PortalSession,
  input: {
    owner: string;
    receiver: string;
    selection: ContentSelection | null;
    /** Items already resolved (the offboarding inventory); wins over `selection`. */
    items?: readonly ContentItem[];
    hasGroups: boolean;
    /** Who receives the groups, when not the content's receiver. */
    groupReceiver?: string;
    strategy: FolderStrategy;
    ownerFolders?: readonly ContentFolder[];
    ownerGroupTitles?: ReadonlyMap<string, string>;
    caller: Caller | null;
  },
  signal?: AbortSignal,
): Promise<PreparedTransfer> {
  const selected = input.items ?? (input.selection ? await resolveSelection(session, input.owner, input.selection, signal) : []);
  const isWholeInventory = input.items !== undefined || (input.selection?.query?.search.trim() === '' && input.selection.query.type === '');
  const [items, groupReceiver] = await Promise.all([
    selected.length > 0 ? prepareTransfer(session, { ...input, selected, isWholeInventory }, signal) : Promise.resolve(null),
    input.hasGroups
      ? Promise.all([
          fetchMemberProfile(session, input.groupReceiver ?? input.receiver, signal),
          fetchOwnedGroups(session, input.groupReceiver ?? input.receiver, signal),
        ]).then(([info, owned]) => ({ profile: info.profile, ownedTitles: owned.map((group) => group.title) }))
      : Promise.resolve(null),
  ]);
  return { items, groupReceiver };
}
