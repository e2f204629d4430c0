import type { PortalSession } from '@/lib/arcgis/portal-session';

import { buildTransferPlan, type TransferPlan } from '../build-transfer-plan';
import { ROOT_FOLDER_NAME } from '../folder-strategy';
import type { ItemRelation } from '../group-related-items';
import { itemNameKey } from '../preflight-transfer';
import { runPool } from '../run-pool';
import type { ContentFolder, ContentItem, ContentSelection, FolderStrategy, MemberProfile } from '../types';
import {
  fetchAllContent,
  fetchFolderItems,
  fetchFolders,
  fetchItemSharing,
  fetchMemberProfile,
  fetchOwnedGroups,
  fetchRelatedItems,
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
};

async function mapConcurrent<T, R>(values: readonly T[], work: (value: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(values.length);
  await runPool(values.length, READ_CONCURRENCY, async (index) => {
    results[index] = await work(values[index] as T);
  }, () => false);
  return results;
}

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
};

/** Related items, the receiver, sharing of every shared item, and what already sits in the target folders. */
export async function prepareTransfer(session: PortalSession, input: PrepareTransferInput, signal?: AbortSignal): Promise<TransferContext> {
  const [receiverInfo, ownerInfo, ownerFolders, receiverFolders] = await Promise.all([
    fetchMemberProfile(session, input.receiver, signal),
    input.ownerGroupTitles ? Promise.resolve(null) : fetchMemberProfile(session, input.owner, signal),
    input.ownerFolders ? Promise.resolve([...input.ownerFolders]) : fetchFolders(session, input.owner, signal),
    fetchFolders(session, input.receiver, signal),
  ]);
  const candidates = input.selected.filter(mayHaveRelatedItems);
  const relatedResults = await mapConcurrent(candidates, (item) => fetchRelatedItems(session, item, signal));
  const relations: ItemRelation[] = relatedResults.flatMap((result) => result.relations);
  const plan = buildTransferPlan({
    owner: input.owner,
    receiver: receiverInfo.profile.username,
    selected: input.selected,
    related: relatedResults.flatMap((result) => result.related),
    relations,
    strategy: input.strategy,
    folderTitles: new Map(ownerFolders.map((folder) => [folder.id, folder.title])),
    receiverFolderTitles: receiverFolders.map((folder) => folder.title),
  });

  // Items kept private are shared with no group; only the others need their sharing read.
  const planned = plan.units.flatMap((unit) => unit.items.map((entry) => entry.item));
  const shared = planned.filter((item) => item.access !== 'private');
  const sharingLists = await mapConcurrent(shared, (item) => fetchItemSharing(session, input.owner, item.id, signal));
  const sharing = new Map(shared.map((item, index) => [item.id, sharingLists[index] ?? []]));

  const groupTitles = new Map(input.ownerGroupTitles ?? (ownerInfo?.groups ?? []).map((group) => [group.id, group.title] as const));
  for (const group of receiverInfo.groups) if (!groupTitles.has(group.id)) groupTitles.set(group.id, group.title);

  const targets = new Set(plan.units.flatMap((unit) => unit.items.map((entry) => entry.targetFolder.toLowerCase())));
  const existing = [{ id: '', title: ROOT_FOLDER_NAME }, ...receiverFolders].filter((folder) => targets.has(folder.title.toLowerCase()));
  const contents = await mapConcurrent(existing, (folder) => fetchFolderItems(session, input.receiver, folder.id, signal));
  const receiverFolderContents = new Map(
    existing.map((folder, index) => [folder.title.toLowerCase(), new Set((contents[index] ?? []).map((item) => itemNameKey(item.title, item.type)))] as const),
  );

  return {
    plan,
    receiver: receiverInfo.profile,
    sharing,
    groupTitles,
    receiverFolderContents,
    receiverFolderTitles: receiverFolders.map((folder) => folder.title),
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
  },
  signal?: AbortSignal,
): Promise<PreparedTransfer> {
  const selected = input.items ?? (input.selection ? await resolveSelection(session, input.owner, input.selection, signal) : []);
  const [items, groupReceiver] = await Promise.all([
    selected.length > 0 ? prepareTransfer(session, { ...input, selected }, signal) : Promise.resolve(null),
    input.hasGroups
      ? Promise.all([
          fetchMemberProfile(session, input.groupReceiver ?? input.receiver, signal),
          fetchOwnedGroups(session, input.groupReceiver ?? input.receiver, signal),
        ]).then(
          ([info, owned]) => ({ profile: info.profile, ownedTitles: owned.map((group) => group.title) }),
        )
      : Promise.resolve(null),
  ]);
  return { items, groupReceiver };
}
