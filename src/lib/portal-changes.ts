import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * What a write can change. A mutation declares it (`meta: { invalidates: [...] }`, handled once in query-client.ts);
 * a run that is not a mutation calls `refreshAfter` with the same words.
 */
export type PortalChange =
  | 'members' // accounts: added, deleted, disabled, their user type, role, licences, profile
  | 'groups' // groups and who is in them
  | 'roles'
  | 'content' // items and folders, and who owns them
  | 'invitations'
  | 'licences'
  | 'imports' // this browser's unfinished import journals
  | 'approvals' // import plans and their decisions
  | 'signed-in-member'; // the header's own profile

/** Typed `meta` on every `useMutation` (TanStack's `Register`). */
export type MutationRefreshMeta = {
  invalidates?: readonly PortalChange[];
  /** The id (or username) of what the write deleted or closed: its own queries are marked stale but not refetched now. */
  deleted?: string;
};

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: MutationRefreshMeta;
  }
}

/**
 * Which queries show each change, by the start of their keys (each feature's `xQueries.all()`): features cannot
 * name each other's keys, so the map lives here. Counts on other screens (overview, roles, groups) are included.
 */
const memberReaders = [
  ['users'],
  ['overview'],
  ['roles'],
  ['portal-roles'],
  ['user-types'],
  ['groups'],
  ['group-owner-candidate'],
  ['group-member-lookup'],
  ['member-options'],
  ['licenses'],
  ['content'],
  ['invitations'],
  ['members-import'],
  ['activity'],
  ['history'],
  ['approvals'],
  ['org-credits'],
] as const;

const readers: Record<PortalChange, readonly (readonly string[])[]> = {
  members: memberReaders,
  groups: [['groups'], ['group-owner-candidate'], ['group-member-lookup'], ['users'], ['overview'], ['content'], ['approvals'], ['history']],
  roles: [['roles'], ['portal-roles'], ['user-types'], ['users'], ['overview'], ['members-import']],
  content: [['content'], ['users'], ['groups'], ['overview'], ['activity'], ['history']],
  invitations: [['invitations'], ['users'], ['overview'], ['members-import'], ['history']],
  licences: [['licenses'], ['user-types'], ['users'], ['overview'], ['members-import'], ['history']],
  imports: [['members-import'], ['history']],
  approvals: [['approvals']],
  'signed-in-member': [['self', 'member']],
};

const startsWith = (key: QueryKey, prefix: readonly string[]) => prefix.every((part, index) => key[index] === part);

/** A resolved bulk selection stays what it was when confirmed (re-resolving it would page the search again). */
const isResolvedSelection = ([first, second]: QueryKey) => first === 'users' && second === 'selection';

export const showsChange = (key: QueryKey, changes: readonly PortalChange[]): boolean =>
  !isResolvedSelection(key) && changes.some((change) => readers[change].some((prefix) => startsWith(key, prefix)));

/** Marks stale every query that shows one of `changes`; only what is on screen refetches now. */
export async function refreshAfter(queryClient: QueryClient, changes: readonly PortalChange[], deleted?: string): Promise<void> {
  if (changes.length === 0) return;
  const names = (query: Query) => deleted !== undefined && query.queryKey.includes(deleted);
  await Promise.all([
    queryClient.invalidateQueries({ predicate: (query) => showsChange(query.queryKey, changes) && !names(query) }),
    deleted === undefined
      ? undefined
      : queryClient.invalidateQueries({ predicate: (query) => showsChange(query.queryKey, changes) && names(query), refetchType: 'none' }),
  ]);
}
