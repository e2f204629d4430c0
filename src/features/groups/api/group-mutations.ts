import { useMutation, useQueryClient } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';

import type { GroupDraft } from '../types';
import { planUserBatches } from '../plan-user-batches';
import { changeMemberTypes, createGroupFromDraft, deleteGroup, reassignGroup, removeUsersFromGroup, updateGroupFromDraft } from './groups-api';
import { groupQueries } from './group-queries';

/** Members' screens list their groups; they live under this key (owned by the members feature). */
const usersQueryPrefix = ['users'] as const;

/** Group changes show on the list, the group page and member counts; members' pages list their groups. */
export function useInvalidateGroups() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: groupQueries.all() }),
      queryClient.invalidateQueries({ queryKey: usersQueryPrefix }),
    ]);
}

export function useCreateGroup() {
  const session = usePortalSession();
  const invalidate = useInvalidateGroups();
  return useMutation({ mutationFn: (draft: GroupDraft) => createGroupFromDraft(session, draft), onSuccess: invalidate });
}

export function useUpdateGroup(id: string) {
  const session = usePortalSession();
  const invalidate = useInvalidateGroups();
  return useMutation({ mutationFn: (draft: GroupDraft) => updateGroupFromDraft(session, id, draft), onSuccess: invalidate });
}

export function useDeleteGroup() {
  const session = usePortalSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteGroup(session, id),
    onSuccess: (_data, id) =>
      Promise.all([
        // The deleted group's own queries would only fail if refetched while its page is still open.
        queryClient.invalidateQueries({ queryKey: groupQueries.all(), predicate: (query) => !query.queryKey.includes(id) }),
        queryClient.invalidateQueries({ queryKey: usersQueryPrefix }),
      ]),
  });
}

export function useReassignGroup(id: string) {
  const session = usePortalSession();
  const invalidate = useInvalidateGroups();
  return useMutation({ mutationFn: (targetUsername: string) => reassignGroup(session, id, targetUsername), onSuccess: invalidate });
}

/** Returns the usernames that could not be changed. */
export function useChangeMemberTypes(id: string) {
  const session = usePortalSession();
  const invalidate = useInvalidateGroups();
  return useMutation({
    mutationFn: ({ usernames, newMemberType }: { usernames: string[]; newMemberType: 'admin' | 'member' }) =>
      changeMemberTypes(session, id, usernames, newMemberType),
    onSettled: invalidate,
  });
}

/** Removes members in calls of at most 25; returns who the portal did not remove. */
export function useRemoveMembers(id: string) {
  const session = usePortalSession();
  const invalidate = useInvalidateGroups();
  return useMutation({
    mutationFn: async (usernames: string[]) => {
      const notRemoved: string[] = [];
      for (const batch of planUserBatches(usernames)) notRemoved.push(...(await removeUsersFromGroup(session, id, batch)));
      return notRemoved;
    },
    onSettled: invalidate,
  });
}
