import type { MemberFilters } from './member-filters';

export const memberSortFields = ['username', 'fullname', 'created', 'lastlogin'] as const;
export type MemberSortField = (typeof memberSortFields)[number];
export const memberPageSizes = [25, 50, 100] as const;
export type MemberPageSize = (typeof memberPageSizes)[number];

/** What the members table shows; lives in the URL. `page` is 0-based here (1-based in the URL). */
export type MemberListParams = {
  search: string;
  page: number;
  pageSize: MemberPageSize;
  sortField: MemberSortField;
  sortOrder: 'asc' | 'desc';
  filters: MemberFilters;
};

export type Member = {
  username: string;
  fullName: string;
  email: string;
  role: string;
  roleId: string | undefined;
  userTypeId: string | undefined;
  /** `null` when the member never signed in (the portal reports -1). */
  lastLogin: number | null;
  created: number;
  disabled: boolean;
  provider: 'arcgis' | 'enterprise';
  idpUsername: string;
};

export type MembersPage = { members: Member[]; total: number };

/** Names for ids the member rows carry: custom roles and user types of this organization. */
export type MemberLookups = { roleNames: ReadonlyMap<string, string>; userTypeNames: ReadonlyMap<string, string> };
