import { useMutation, useQueryClient } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';

import type { GroupDraft } from '../types';
import { changeMemberTypes, createGroupFromDraft, deleteGroup, reassignGroup, updateGroupFromDraft } from './groups-api';
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
    onSuccess: (_data, id) => {
      // The deleted group's own queries would only fail now; drop them, refresh the rest.
      queryClient.removeQueries({ queryKey: groupQueries.detail(session, id).queryKey });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: groupQueries.all() }),
        queryClient.invalidateQueries({ queryKey: usersQueryPrefix }),
      ]);
    },
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
