import { foldersToCreate, ROOT_FOLDER_NAME, targetFolderName } from './folder-strategy';
import { groupRelatedItems, type ItemRelation } from './group-related-items';
import type { ContentItem, FolderStrategy } from '../types';

export type PlannedItem = {
  item: ContentItem;
  /** The owner's folder title, '/' for root. */
  sourceFolder: string;
  targetFolder: string;
  /** Not chosen by the user: pulled in because a chosen item is related to it. */
  isAddedForRelation: boolean;
};

/** Items that move together; if one fails, the unit is reported as one. */
export type TransferUnit = { id: string; items: PlannedItem[] };

export type TransferPlan = {
  owner: string;
  receiver: string;
  units: TransferUnit[];
  /** Receiver folders to create before anything moves. */
  foldersToCreate: string[];
  itemCount: number;
};

export type BuildTransferPlanInput = {
  owner: string;
  receiver: string;
  /** The resolved selection (single items, folders, query); duplicates are dropped. */
  selected: readonly ContentItem[];
  /** Items of the same owner related to selected ones (fetched for the plan); they join the units. */
  related: readonly ContentItem[];
  relations: readonly ItemRelation[];
  strategy: FolderStrategy;
  folderTitles: ReadonlyMap<string, string>;
  receiverFolderTitles: readonly string[];
};

/** Each item once, first occurrence wins. */
export function uniqueItems(lists: readonly (readonly ContentItem[])[]): ContentItem[] {
  const seen = new Map<string, ContentItem>();
  for (const list of lists) for (const item of list) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}

/** Turns a selection into units of related items, each item with the folder it comes from and goes to. */
export function buildTransferPlan(input: BuildTransferPlanInput): TransferPlan {
  const selected = uniqueItems([input.selected]);
  const selectedIds = new Set(selected.map((item) => item.id));
  const ownerLower = input.owner.toLowerCase();
  const extra = uniqueItems([input.related]).filter((item) => !selectedIds.has(item.id) && item.owner.toLowerCase() === ownerLower);
  const all = [...selected, ...extra];
  const byId = new Map(all.map((item) => [item.id, item]));
  const planned = (item: ContentItem): PlannedItem => ({
    item,
    sourceFolder: item.folderId === null ? ROOT_FOLDER_NAME : (input.folderTitles.get(item.folderId) ?? ROOT_FOLDER_NAME),
    targetFolder: targetFolderName(item, input.strategy, input.folderTitles),
    isAddedForRelation: !selectedIds.has(item.id),
  });
  const groups = groupRelatedItems(
    all.map((item) => item.id),
    input.relations,
  );
  // Related items the user did not choose only join when they belong to a chosen item's unit.
  const units = groups
    .filter((ids) => ids.some((id) => selectedIds.has(id)))
    .map((ids) => ({ id: ids[0] ?? '', items: ids.map((id) => planned(byId.get(id) as ContentItem)) }));
  const targets = units.flatMap((unit) => unit.items.map((entry) => entry.targetFolder));
  return {
    owner: input.owner,
    receiver: input.receiver,
    units,
    foldersToCreate: foldersToCreate(targets, input.receiverFolderTitles),
    itemCount: units.reduce((sum, unit) => sum + unit.items.length, 0),
  };
}
