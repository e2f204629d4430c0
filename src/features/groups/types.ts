import type { ListPageSize } from '@/lib/list-params/page-sizes';

export const groupAccessLevels = ['private', 'org', 'public'] as const;
export type GroupAccess = (typeof groupAccessLevels)[number];

export const groupSortFields = ['title', 'owner', 'created', 'modified'] as const;
export type GroupSortField = (typeof groupSortFields)[number];

/** What the groups table shows; lives in the URL. `page` is 0-based here (1-based in the URL). */
export type GroupListParams = {
  search: string;
  page: number;
  pageSize: ListPageSize;
  sortField: GroupSortField;
  sortOrder: 'asc' | 'desc';
  access: GroupAccess | '';
  owner: string;
};

export type MemberType = 'owner' | 'admin' | 'member';

export type Group = {
  id: string;
  title: string;
  owner: string;
  access: GroupAccess;
  snippet: string;
  description: string;
  tags: string[];
  isInvitationOnly: boolean;
  isViewOnly: boolean;
  autoJoin: boolean;
  protected: boolean;
  created: number;
  modified: number;
  /** The signed-in member's place in the group, when the portal says (single-group requests). */
  myMemberType: MemberType | 'none' | undefined;
};

export type GroupsPage = { groups: Group[]; total: number };

export const groupMemberSortFields = ['username', 'membertype', 'joined'] as const;
export type GroupMemberSortField = (typeof groupMemberSortFields)[number];

/** The group page's member table state (URL keys prefixed with `m`). */
export type GroupMemberListParams = {
  name: string;
  memberType: 'admin' | 'member' | '';
  page: number;
  pageSize: ListPageSize;
  sortField: GroupMemberSortField;
  sortOrder: 'asc' | 'desc';
};

export type GroupMember = { username: string; fullName: string; memberType: MemberType; joined: number };
export type GroupMembersPage = { members: GroupMember[]; total: number; owner: string };

/** Everyone in a group by name (the `users` resource), to know who is in it already. */
export type GroupMemberNames = { owner: string; admins: string[]; users: string[] };

/** Who may join: only invited people, anyone who asks (a manager approves), or anyone in the organization. */
export type GroupJoinPolicy = 'invitation' | 'request' | 'auto';

/** What the create/edit form sends. */
export type GroupDraft = {
  title: string;
  snippet: string;
  description: string;
  tags: string[];
  access: GroupAccess;
  join: GroupJoinPolicy;
  /** Only the owner and managers can share content (`isViewOnly`). */
  viewOnly: boolean;
};
