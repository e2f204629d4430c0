import type { ListPageSize } from '@/lib/list-params/page-sizes';

import type { MemberFilters } from './table/member-filters';

export const memberSortFields = ['username', 'fullname', 'created', 'lastlogin', 'role'] as const;
export type MemberSortField = (typeof memberSortFields)[number];

/** What the members table shows; lives in the URL. `page` is 0-based here (1-based in the URL). */
export type MemberListParams = {
  search: string;
  page: number;
  pageSize: ListPageSize;
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
  /** Credits allocated (`assignedCredits`): `null` = no allocation (-1), missing = not reported (credit-fields.ts). */
  assignedCredits?: number | null;
  /** Credits the member has left to spend (`availableCredits`), same conventions. */
  availableCredits?: number | null;
  /** Member categories as full paths; absent when the portal does not report them. */
  categories?: string[];
};

export type MembersPage = { members: Member[]; total: number };

/** Names for ids the member rows carry: custom roles and user types of this organization. */
export type MemberLookups = { roleNames: ReadonlyMap<string, string>; userTypeNames: ReadonlyMap<string, string> };

/** A group the member belongs to, and how. */
export type MemberGroup = { id: string; title: string; access: string; memberType: 'owner' | 'admin' | 'member' };

/** `community/users/{u}` as the member page shows it. */
export type MemberDetails = Member & {
  firstName: string;
  lastName: string;
  description: string;
  /** `null` when the portal does not report them for this member. */
  privileges: string[] | null;
  mfaEnabled: boolean;
  storageUsage: number;
  storageQuota: number;
  groups: MemberGroup[];
};

export type MemberFolderSummary = { id: string; title: string; items: number };
/** Items in the root folder and per folder, from `content/users/{u}`. */
export type MemberContentSummary = { rootItems: number; folders: MemberFolderSummary[] };

export type { UserTypeSeats } from '@/lib/arcgis/user-type-seats';

/** A role a member can be given: `org_admin`, `org_publisher`, `org_user` or a role id. */
export type RoleOption = { key: string; name: string };

export type GroupOption = { id: string; title: string; access: string };

/** Profile fields an administrator (or the member) may edit. */
export type MemberProfileChanges = { firstName: string; lastName: string; email: string; description: string };

/** A group invitation the member has not answered yet. */
export type MemberInvitation = {
  id: string;
  groupId: string;
  groupTitle: string | null;
  role: 'group_member' | 'group_admin';
  from: string;
  expiration: number;
};
