import { choiceFilter, defineListParams, textFilter } from '@/lib/list-params/define-list-params';

import { groupAccessLevels, type GroupListParams, type GroupMemberListParams, groupMemberSortFields, groupSortFields } from './types';

/** The groups table's state in the URL. */
export const groupListParams = defineListParams({
  sortFields: groupSortFields,
  defaultSort: { field: 'title', order: 'asc' },
  filters: { search: textFilter('q'), access: choiceFilter('access', groupAccessLevels), owner: textFilter('owner') },
  replaceOn: ['search', 'owner'],
});

/** The group page's member table state, under `m`-prefixed keys. */
export const groupMemberListParams = defineListParams({
  sortFields: groupMemberSortFields,
  defaultSort: { field: 'username', order: 'asc' },
  filters: { name: textFilter('q'), memberType: choiceFilter('type', ['admin', 'member'] as const) },
  keyPrefix: 'm',
  replaceOn: ['name'],
});

export const defaultGroupListParams: GroupListParams = groupListParams.defaults;
export const defaultGroupMemberListParams: GroupMemberListParams = groupMemberListParams.defaults;
/** Reads the groups table state from the address bar; anything malformed falls back to the default. */
export const readGroupListParams: (query: URLSearchParams) => GroupListParams = groupListParams.parse;
/** Writes only what differs from the defaults, so shared links stay short. */
export const writeGroupListParams: (params: GroupListParams) => URLSearchParams = groupListParams.serialize;
export const readGroupMemberListParams: (query: URLSearchParams) => GroupMemberListParams = groupMemberListParams.parse;
export const writeGroupMemberListParams: (params: GroupMemberListParams) => URLSearchParams = groupMemberListParams.serialize;
