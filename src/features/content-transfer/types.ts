import type { ListPageSize } from '@/lib/list-params/page-sizes';

/** An item as the content browser and the transfer see it (never the portal's IItem). */
export type ContentItem = {
  id: string;
  title: string;
  type: string;
  owner: string;
  /** null = the member's root folder. */
  folderId: string | null;
  modified: number;
  size: number;
  /** private | shared (groups only) | org | public */
  access: string;
  typeKeywords: string[];
};

export type ContentFolder = { id: string; title: string };

/** The groups an item is shared with (ids), read from the item's sharing. */
export type ItemSharing = { itemId: string; groupIds: string[] };

export type GroupSummary = { id: string; title: string; access: string; owner: string; memberCount: number | null };

/** What the transfer needs to know about a member (the receiver, or the member who leaves). */
export type MemberProfile = {
  username: string;
  fullName: string;
  userTypeId: string | undefined;
  privileges: string[];
  /** Ids of the groups the member belongs to (owner, manager or member). */
  groupIds: string[];
  disabled: boolean;
};

/**
 * What a real portal refuses a delete for, beyond items and groups (Esri's Python client `User.delete`).
 * null = the portal did not report it.
 */
export type AccountHoldings = {
  /** Add-on licences (`userLicensedItems`): the licence item and its entitlements. */
  licensedItems:
    { itemId: string; entitlements: string[]; /** The listing's title (`portals/self/purchases`), when reported. */ title?: string | null }[] | null;
  /** Esri access (`userType: "both"`). */
  esriAccess: boolean | null;
};

export type ContentSortField = 'title' | 'type' | 'modified' | 'size';
export const contentSortFields: readonly ContentSortField[] = ['title', 'type', 'modified', 'size'];

/** The content browser's state; lives in the URL. `folder` is a folder id, '' = root, '*' = all folders. */
export type ContentListParams = {
  folder: string;
  search: string;
  type: string;
  page: number;
  pageSize: ListPageSize;
  sortField: ContentSortField;
  sortOrder: 'asc' | 'desc';
};

export type ContentPage = { items: ContentItem[]; total: number };

/** Where moved items go on the receiver's side. */
export type FolderStrategy =
  | { kind: 'root' }
  | { kind: 'existing'; title: string }
  | { kind: 'new'; title: string }
  /** Folders named like the originals, created when missing (as the portal's delete-with-reassign does). */
  | { kind: 'keep' }
  /** Undoing a transfer: each item back to the folder (title, '/' = root) it was in before; never offered as a choice. */
  | { kind: 'original'; folders: ReadonlyMap<string, string> };

/**
 * What the user picked: single items, whole folders, or everything matching a query. Folders and queries are
 * resolved to items only when the plan is built, so a selection can span pages.
 */
export type ContentSelection = {
  items: ReadonlyMap<string, ContentItem>;
  /** Folder ids; '' = the root folder. */
  folders: ReadonlySet<string>;
  /** Everything matching this search (all folders), when the user chose "select all matching". */
  query: { search: string; type: string } | null;
};
