import {
  type GroupAccess,
  groupAccessLevels,
  type GroupListParams,
  type GroupMemberListParams,
  groupMemberSortFields,
  type GroupMemberSortField,
  type GroupPageSize,
  groupPageSizes,
  type GroupSortField,
  groupSortFields,
} from './types';

export const defaultGroupListParams: GroupListParams = {
  search: '',
  page: 0,
  pageSize: 25,
  sortField: 'title',
  sortOrder: 'asc',
  access: '',
  owner: '',
};

export const defaultGroupMemberListParams: GroupMemberListParams = {
  name: '',
  memberType: '',
  page: 0,
  pageSize: 25,
  sortField: 'username',
  sortOrder: 'asc',
};

function readPage(value: string | null): number {
  const page = Number.parseInt(value ?? '', 10);
  return Number.isFinite(page) && page > 1 ? page - 1 : 0;
}

function readPageSize(value: string | null): GroupPageSize {
  const size = Number.parseInt(value ?? '', 10);
  return groupPageSizes.includes(size as GroupPageSize) ? (size as GroupPageSize) : 25;
}

function readOrder(value: string | null): 'asc' | 'desc' {
  return value === 'desc' ? 'desc' : 'asc';
}

/** Reads the groups table state from the address bar; anything malformed falls back to the default. */
export function readGroupListParams(query: URLSearchParams): GroupListParams {
  const sortField = query.get('sort') ?? '';
  const access = query.get('access') ?? '';
  return {
    search: query.get('q') ?? '',
    page: readPage(query.get('page')),
    pageSize: readPageSize(query.get('pageSize')),
    sortField: groupSortFields.includes(sortField as GroupSortField) ? (sortField as GroupSortField) : 'title',
    sortOrder: readOrder(query.get('order')),
    access: groupAccessLevels.includes(access as GroupAccess) ? (access as GroupAccess) : '',
    owner: query.get('owner') ?? '',
  };
}

/** Writes only what differs from the defaults, so shared links stay short. */
export function writeGroupListParams(params: GroupListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.search) query.set('q', params.search);
  if (params.access) query.set('access', params.access);
  if (params.owner) query.set('owner', params.owner);
  if (params.page > 0) query.set('page', String(params.page + 1));
  if (params.pageSize !== 25) query.set('pageSize', String(params.pageSize));
  if (params.sortField !== 'title' || params.sortOrder !== 'asc') {
    query.set('sort', params.sortField);
    query.set('order', params.sortOrder);
  }
  return query;
}

/** The group page's member table state, under `m`-prefixed keys. */
export function readGroupMemberListParams(query: URLSearchParams): GroupMemberListParams {
  const sortField = query.get('msort') ?? '';
  const memberType = query.get('mtype');
  return {
    name: query.get('mq') ?? '',
    memberType: memberType === 'admin' || memberType === 'member' ? memberType : '',
    page: readPage(query.get('mpage')),
    pageSize: readPageSize(query.get('mpageSize')),
    sortField: groupMemberSortFields.includes(sortField as GroupMemberSortField) ? (sortField as GroupMemberSortField) : 'username',
    sortOrder: readOrder(query.get('morder')),
  };
}

export function writeGroupMemberListParams(params: GroupMemberListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.name) query.set('mq', params.name);
  if (params.memberType) query.set('mtype', params.memberType);
  if (params.page > 0) query.set('mpage', String(params.page + 1));
  if (params.pageSize !== 25) query.set('mpageSize', String(params.pageSize));
  if (params.sortField !== 'username' || params.sortOrder !== 'asc') {
    query.set('msort', params.sortField);
    query.set('morder', params.sortOrder);
  }
  return query;
}
