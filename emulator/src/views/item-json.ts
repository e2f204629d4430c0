import type { FolderRow, ItemRow } from '../store/content-repo';

export function itemJson(item: ItemRow, orgId: string): Record<string, unknown> {
  return {
    id: item.id,
    owner: item.owner,
    orgId,
    created: item.created,
    modified: item.modified,
    guid: null,
    name: null,
    title: item.title,
    type: item.type,
    typeKeywords: JSON.parse(item.type_keywords) as string[],
    description: item.description,
    tags: JSON.parse(item.tags) as string[],
    snippet: item.snippet,
    thumbnail: null,
    documentation: null,
    extent: [],
    categories: [],
    spatialReference: null,
    accessInformation: null,
    licenseInfo: null,
    culture: 'en-us',
    properties: null,
    url: item.url,
    proxyFilter: null,
    access: item.access,
    size: item.size,
    appCategories: [],
    industries: [],
    languages: [],
    largeThumbnail: null,
    banner: null,
    screenshots: [],
    listed: false,
    ownerFolder: item.folder_id,
    protected: false,
    numComments: 0,
    numRatings: 0,
    avgRating: 0,
    numViews: item.num_views,
  };
}

export function folderJson(folder: FolderRow): Record<string, unknown> {
  return { username: folder.username, id: folder.id, title: folder.title, created: folder.created };
}

/** `sharing` of `content/users/{u}/items/{id}`: the access level and the ids of the groups it is shared to. */
export function itemSharingJson(item: ItemRow, groupIds: readonly string[]): Record<string, unknown> {
  return { access: item.access, groups: [...groupIds] };
}
