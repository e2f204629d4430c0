import { choiceFilter, defineListParams, isIsoDate, type ListParamsCodec, type ListState, textFilter } from '@/lib/list-params/define-list-params';

import type { MemberFilters } from './member-filters';
import { type MemberListParams, type MemberSortField, memberSortFields } from '../types';

/** URL key for each filter; values are ids or short words, so links stay readable. The search comes first. */
const flat = defineListParams<MemberSortField, { search: string } & MemberFilters>({
  sortFields: memberSortFields,
  defaultSort: { field: 'username', order: 'asc' },
  filters: {
    search: textFilter('q'),
    role: textFilter('role'),
    userType: textFilter('type'),
    lastLogin: choiceFilter('login', ['never', '30', '90', '365', 'range'] as const),
    lastLoginFrom: textFilter('from', isIsoDate),
    lastLoginTo: textFilter('to', isIsoDate),
    status: choiceFilter('status', ['active', 'disabled'] as const),
    provider: choiceFilter('idp', ['arcgis', 'enterprise'] as const),
    group: textFilter('group', (value) => /^[\w-]+$/.test(value)),
    category: textFilter('category', (value) => value.startsWith('/')),
    createdFrom: textFilter('createdFrom', isIsoDate),
    createdTo: textFilter('createdTo', isIsoDate),
  },
  replaceOn: ['search'],
});

function nest({ search, page, pageSize, sortField, sortOrder, ...filters }: ListState<MemberSortField, { search: string } & MemberFilters>): MemberListParams {
  return { search, page, pageSize, sortField, sortOrder, filters };
}

/** The members table's state in the URL (its filters kept together, as the filter bar edits them as one). */
export const memberListParams: ListParamsCodec<MemberListParams> = {
  defaults: nest(flat.defaults),
  parse: (query) => nest(flat.parse(query)),
  serialize: ({ filters, ...rest }) => flat.serialize({ ...rest, ...filters }),
  replaces: (next) => 'search' in next,
};

export const defaultMemberListParams = memberListParams.defaults;
/** Reads table state from the address bar, falling back to defaults for anything malformed. */
export const readMemberListParams = memberListParams.parse;
/** Writes only what differs from the defaults, so shared links stay short. */
export const writeMemberListParams = memberListParams.serialize;
