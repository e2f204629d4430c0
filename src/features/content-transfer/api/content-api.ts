import { ArcGISRequestError, request } from '@esri/arcgis-rest-request';

import { AppError, toAppError } from '@/lib/arcgis/arcgis-error';
import { fetchAllPages } from '@/lib/arcgis/fetch-all-pages';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { SEARCH_RESULT_CEILING } from '@/lib/arcgis/search-ceiling';
import { searchPhrase } from '@/lib/arcgis/search-phrase';

import { effectiveContentSort } from '../browser/content-list-params';
import { buildContentSearchQuery } from '../browser/content-search-query';
import { purchaseTitles } from '../offboarding/licence-lines';
import type { ItemRelation } from '../transfer/group-related-items';
import type { AccountHoldings, ContentFolder, ContentItem, ContentListParams, ContentPage, GroupSummary, MemberProfile } from '../types';

type PortalItem = {
  id: string;
  title: string;
  type: string;
  owner: string;
  ownerFolder?: string | null;
  modified: number;
  size?: number;
  access: string;
  typeKeywords?: string[];
};
type PortalFolder = { id: string; title: string };
type UserContentResponse = { total: number; nextStart: number; items: PortalItem[]; folders: PortalFolder[] };
type SearchResponse<T> = { total: number; nextStart: number; results: T[] };
type PortalGroup = { id: string; title: string; access: string; owner: string };

async function call<T>(
  session: PortalSession,
  path: string,
  params: Record<string, unknown>,
  signal?: AbortSignal,
  httpMethod: 'GET' | 'POST' = 'GET',
): Promise<T> {
  return (await request(`${session.portal}/${path}`, { httpMethod, params, authentication: session, signal })) as T;
}

const enc = encodeURIComponent;

function toItem(item: PortalItem): ContentItem {
  return {
    id: item.id,
    title: item.title,
    type: item.type,
    owner: item.owner,
    folderId: item.ownerFolder ?? null,
    modified: item.modified,
    size: item.size ?? 0,
    access: item.access,
    typeKeywords: item.typeKeywords ?? [],
  };
}

/** Wraps a fetcher so the UI only ever sees `AppError`. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toAppError(error);
  }
}

/**
 * One page of a search through all of a member's folders (a title search and/or a type), through the portal's
 * `search`. ArcGIS paging is 1-based. The sort is the effective one: `search` cannot sort by size, so a size sort
 * falls back to the default. (A single folder is listed whole and paged here, see `pageOfFolder`.)
 */
export function fetchSearchPage(session: PortalSession, owner: string, params: ContentListParams, signal?: AbortSignal): Promise<ContentPage> {
  return guarded(async () => {
    const { sortField, sortOrder } = effectiveContentSort(params);
    const q = buildContentSearchQuery(owner, params.search, params.type);
    const response = await call<SearchResponse<PortalItem>>(
      session,
      'search',
      { q, start: params.page * params.pageSize + 1, num: params.pageSize, sortField, sortOrder },
      signal,
    );
    return { items: response.results.map(toItem), total: response.total };
  });
}

/** A member's folders (the root listing carries them all). */
export function fetchFolders(session: PortalSession, owner: string, signal?: AbortSignal): Promise<ContentFolder[]> {
  return guarded(async () => {
    const response = await call<UserContentResponse>(session, `content/users/${enc(owner)}`, { start: 1, num: 1 }, signal);
    return response.folders.map((folder) => ({ id: folder.id, title: folder.title }));
  });
}

/** Every item in one folder ('' = root), all pages. */
export function fetchFolderItems(session: PortalSession, owner: string, folderId: string, signal?: AbortSignal): Promise<ContentItem[]> {
  return guarded(async () => {
    const path = folderId ? `content/users/${enc(owner)}/${enc(folderId)}` : `content/users/${enc(owner)}`;
    const pages = await fetchAllPages<UserContentResponse>(session, path, {}, signal);
    return pages.flatMap((page) => page.items.map(toItem));
  });
}

/** Everything a member owns: the root folder and every folder. */
export function fetchAllContent(session: PortalSession, owner: string, signal?: AbortSignal): Promise<{ items: ContentItem[]; folders: ContentFolder[] }> {
  return guarded(async () => {
    const folders = await fetchFolders(session, owner, signal);
    const lists = await Promise.all(['', ...folders.map((folder) => folder.id)].map((id) => fetchFolderItems(session, owner, id, signal)));
    return { items: lists.flat(), folders };
  });
}

/** Every item of a member matching a title search and/or type, all pages (the 10,000-result ceiling applies). */
export function searchAllItems(session: PortalSession, owner: string, search: string, type: string, signal?: AbortSignal): Promise<ContentItem[]> {
  return guarded(async () => {
    const q = buildContentSearchQuery(owner, search, type);
    const pages = await fetchAllPages<SearchResponse<PortalItem>>(session, 'search', { q, sortField: 'title', sortOrder: 'asc' }, signal, {
      upTo: SEARCH_RESULT_CEILING,
    });
    return pages.flatMap((page) => page.results.map(toItem));
  });
}

/** The ids of the groups an item is shared with (`content/users/{u}/items/{id}` → `sharing.groups`). */
export function fetchItemSharing(session: PortalSession, owner: string, itemId: string, signal?: AbortSignal): Promise<string[]> {
  return guarded(async () => {
    const response = await call<{ sharing?: { groups?: string[] } }>(session, `content/users/${enc(owner)}/items/${enc(itemId)}`, {}, signal);
    return response.sharing?.groups ?? [];
  });
}

const SERVICE_TYPES = new Set(['Feature Service', 'Map Service', 'Vector Tile Service', 'Scene Service']);
const SOURCE_TYPES = new Set(['CSV', 'Shapefile', 'File Geodatabase', 'Microsoft Excel', 'GeoJSON', 'Service Definition']);

export function isHostedLayerType(item: Pick<ContentItem, 'type'>): boolean {
  return SERVICE_TYPES.has(item.type);
}

/** Whether an item can have a publishing relationship (a hosted layer, or the file a layer comes from). */
export function mayHaveRelatedItems(item: Pick<ContentItem, 'type'>): boolean {
  return SERVICE_TYPES.has(item.type) || SOURCE_TYPES.has(item.type);
}

/** Service2Data relationships of an item: forward for hosted layers, reverse for source files. */
export function fetchRelatedItems(
  session: PortalSession,
  item: ContentItem,
  signal?: AbortSignal,
): Promise<{ relations: ItemRelation[]; related: ContentItem[] }> {
  return guarded(async () => {
    const direction = SERVICE_TYPES.has(item.type) ? 'forward' : 'reverse';
    const response = await call<{ relatedItems: PortalItem[] }>(
      session,
      `content/items/${enc(item.id)}/relatedItems`,
      { relationshipType: 'Service2Data', direction },
      signal,
    );
    const related = response.relatedItems.map(toItem);
    return {
      related,
      relations: related.map((other) => (direction === 'forward' ? { from: item.id, to: other.id } : { from: other.id, to: item.id })),
    };
  });
}

type PortalUser = {
  username: string;
  fullName?: string;
  userLicenseTypeId?: string;
  privileges?: string[];
  disabled?: boolean;
  groups?: { id: string; title: string; owner: string }[];
  /** `arcgisonly`, or `both` when the member also has Esri access (MOCK-U). */
  userType?: string;
  /** Add-on licences, with `returnUserLicensedItems=true` (MOCK-U). */
  userLicensedItems?: { itemId: string; entitlements?: string[] }[];
};

/** A member as the transfer needs them, with the groups they are in (`community/users/{u}`, as an administrator). */
export function fetchMemberProfile(
  session: PortalSession,
  username: string,
  signal?: AbortSignal,
): Promise<{ profile: MemberProfile; groups: { id: string; title: string; owner: string }[]; account: AccountHoldings }> {
  return guarded(async () => {
    const user = await call<PortalUser>(session, `community/users/${enc(username)}`, { returnUserLicensedItems: true }, signal);
    const groups = (user.groups ?? []).map((group) => ({ id: group.id, title: group.title, owner: group.owner }));
    // The plan names licences by title: the organization's purchases list them (a failed read leaves the ids).
    const titles =
      Array.isArray(user.userLicensedItems) && user.userLicensedItems.length > 0
        ? await call<unknown>(session, 'portals/self/purchases', {}, signal).then(purchaseTitles, () => new Map<string, string>())
        : new Map<string, string>();
    return {
      profile: {
        username: user.username,
        fullName: user.fullName ?? user.username,
        userTypeId: user.userLicenseTypeId,
        privileges: user.privileges ?? [],
        groupIds: groups.map((group) => group.id),
        disabled: user.disabled === true,
      },
      groups,
      account: {
        licensedItems: Array.isArray(user.userLicensedItems)
          ? user.userLicensedItems.map((licence) => ({
              itemId: licence.itemId,
              entitlements: licence.entitlements ?? [],
              title: titles.get(licence.itemId) ?? null,
            }))
          : null,
        esriAccess: user.userType === undefined ? null : user.userType === 'both',
      },
    };
  });
}

/** Groups a member owns, with member counts (`userlist` totals). */
export function fetchOwnedGroups(session: PortalSession, owner: string, signal?: AbortSignal): Promise<GroupSummary[]> {
  return guarded(async () => {
    const pages = await fetchAllPages<SearchResponse<PortalGroup>>(
      session,
      'community/groups',
      { q: `owner:${searchPhrase(owner)}`, sortField: 'title', sortOrder: 'asc' },
      signal,
      { upTo: SEARCH_RESULT_CEILING },
    );
    const groups = pages.flatMap((page) => page.results);
    const owned = groups.filter((group) => group.owner.toLowerCase() === owner.toLowerCase());
    return Promise.all(
      owned.map(async (group) => {
        let memberCount: number | null = null;
        try {
          memberCount = (await call<{ total: number }>(session, `community/groups/${enc(group.id)}/userlist`, { start: 1, num: 0 }, signal)).total;
        } catch {
          memberCount = null; // the count is a nicety; the group still shows
        }
        return { id: group.id, title: group.title, access: group.access, owner: group.owner, memberCount };
      }),
    );
  });
}

/** The name of a member's user type ("Creator"), or null when the portal does not say. */
export async function fetchUserTypeName(session: PortalSession, username: string, signal?: AbortSignal): Promise<string | null> {
  try {
    return (await call<{ name?: string }>(session, `community/users/${enc(username)}/userLicenseType`, {}, signal)).name ?? null;
  } catch {
    return null; // a nicety: the id is shown instead
  }
}

/** Pending invitations of a member, or null when the portal does not show them to the signed-in member. */
export async function fetchInvitationCount(session: PortalSession, username: string, signal?: AbortSignal): Promise<number | null> {
  try {
    const response = await call<{ userInvitations?: unknown[] }>(session, `community/users/${enc(username)}/invitations`, {}, signal);
    return response.userInvitations?.length ?? 0;
  } catch {
    return null;
  }
}

/** The portal's reason for a refusal: its message, plus any text details (object details repeat the message). */
export function portalReason(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const appError = toAppError(error);
  if (error instanceof ArcGISRequestError) {
    const response = error.response as { error?: { details?: unknown[] } } | undefined;
    const texts = (response?.error?.details ?? []).filter((detail): detail is string => typeof detail === 'string' && !appError.message.includes(detail));
    return [appError.message, ...texts].join(' ');
  }
  return appError.message;
}

/**
 * Reassigns one item. rest-js `reassignItem` refuses on the client unless the caller is the built-in
 * `org_admin` without a `roleId`, which shuts out custom admin roles such as Help Desk; calling the endpoint
 * with `request()` lets the portal decide. Errors are thrown raw so the runner can tell transient ones.
 */
export async function reassignItem(session: PortalSession, owner: string, itemId: string, targetUsername: string, targetFolderName: string): Promise<void> {
  await call(session, `content/users/${enc(owner)}/items/${enc(itemId)}/reassign`, { targetUsername, targetFolderName }, undefined, 'POST');
}

/** An item as the portal reports it now (`content/items/{id}`, with `ownerFolder`), or null when it does not exist or is not visible. */
export async function fetchItemNow(session: PortalSession, itemId: string, signal?: AbortSignal): Promise<ContentItem | null> {
  try {
    return toItem(await call<PortalItem>(session, `content/items/${enc(itemId)}`, {}, signal));
  } catch (error) {
    if (toAppError(error).kind === 'not-found') return null;
    throw toAppError(error);
  }
}

/** A group as the portal reports it now (`community/groups/{id}`), or null when it does not exist or is not visible. */
export async function fetchGroupNow(session: PortalSession, groupId: string, signal?: AbortSignal): Promise<GroupSummary | null> {
  try {
    const group = await call<PortalGroup>(session, `community/groups/${enc(groupId)}`, {}, signal);
    return { id: group.id, title: group.title, access: group.access, owner: group.owner, memberCount: null };
  } catch (error) {
    if (toAppError(error).kind === 'not-found') return null;
    throw toAppError(error);
  }
}

/** Who owns an item now (`content/items/{id}`); thrown raw so the run can tell a transient failure. */
export async function fetchItemOwner(session: PortalSession, itemId: string): Promise<string> {
  return (await call<{ owner: string }>(session, `content/items/${enc(itemId)}`, {})).owner;
}

/** Who owns a group now (`community/groups/{id}`); thrown raw so the run can tell a transient failure. */
export async function fetchGroupOwner(session: PortalSession, groupId: string): Promise<string> {
  return (await call<{ owner: string }>(session, `community/groups/${enc(groupId)}`, {})).owner;
}

/** `community/groups/{id}/reassign` (rest-js has no helper for it). */
export async function reassignGroup(session: PortalSession, groupId: string, targetUsername: string): Promise<void> {
  await call(session, `community/groups/${enc(groupId)}/reassign`, { targetUsername }, undefined, 'POST');
}

/** Creates a folder for a member; an existing folder of that name is fine. */
export async function createFolder(session: PortalSession, username: string, title: string): Promise<void> {
  await call(session, `content/users/${enc(username)}/createFolder`, { title }, undefined, 'POST');
}

/** `community/users/{u}/delete`: the portal refuses while the member owns items or groups. */
export async function deleteMember(session: PortalSession, username: string): Promise<void> {
  await call(session, `community/users/${enc(username)}/delete`, {}, undefined, 'POST');
}

/** `community/users/{u}/update` with `userType=arcgisonly`: Esri access off, as Esri's Python client does before a delete. */
export async function turnOffEsriAccess(session: PortalSession, username: string): Promise<void> {
  await call(session, `community/users/${enc(username)}/update`, { userType: 'arcgisonly' }, undefined, 'POST');
}

/** Revokes the member's add-on licence on one listing: `provisionUserEntitlements` with no entitlements (DOC). */
export async function revokeAddonLicence(session: PortalSession, username: string, itemId: string): Promise<void> {
  await call(
    session,
    `content/listings/${enc(itemId)}/provisionUserEntitlements`,
    { userEntitlements: JSON.stringify({ users: [username], entitlements: [] }), suppressCustomerEmail: true },
    undefined,
    'POST',
  );
}

export async function disableMember(session: PortalSession, username: string): Promise<void> {
  await call(session, `community/users/${enc(username)}/disable`, {}, undefined, 'POST');
}

/**
 * Which of a member's items are shared to each of these groups, read per group (`content/groups/{id}/search`
 * with `owner:`) instead of per item: a handful of requests for hundreds of items. Groups the caller cannot
 * see are skipped (the reassign itself still enforces the rule).
 */
export function fetchSharingByGroups(session: PortalSession, owner: string, groupIds: readonly string[], signal?: AbortSignal): Promise<Map<string, string[]>> {
  return guarded(async () => {
    const sharing = new Map<string, string[]>();
    await Promise.all(
      groupIds.map(async (groupId) => {
        let pages: SearchResponse<{ id: string }>[];
        try {
          pages = await fetchAllPages(session, `content/groups/${enc(groupId)}/search`, { q: `owner:${searchPhrase(owner)}` }, signal, {
            upTo: SEARCH_RESULT_CEILING,
          });
        } catch (error) {
          const { kind } = toAppError(error);
          if (kind === 'permission' || kind === 'not-found') return;
          throw error; // a busy or unreachable portal must not pass for "shared with no group"
        }
        for (const { id } of pages.flatMap((page) => page.results)) sharing.set(id, [...(sharing.get(id) ?? []), groupId]);
      }),
    );
    return sharing;
  });
}
