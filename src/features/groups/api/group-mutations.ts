import { useMutation } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';
import { toAppError } from '@/lib/arcgis/arcgis-error';
import { removeGroupMembers } from '@/lib/arcgis/group-membership-writes';
import { retrying } from '@/lib/arcgis/portal-retry';

import { planUserBatches } from '../plan-user-batches';
import type { GroupDraft } from '../types';
import { changeMemberTypes, createGroupFromDraft, deleteGroup, reassignGroup, updateGroupFromDraft } from './groups-api';

/** Group changes show on the list, the group page, member counts, the overview and members' pages (their groups). */
const invalidates = ['groups'] as const;

export function useCreateGroup() {
  const session = usePortalSession();
  return useMutation({ mutationFn: (draft: GroupDraft) => createGroupFromDraft(session, draft), meta: { invalidates } });
}

export function useUpdateGroup(id: string) {
  const session = usePortalSession();
  return useMutation({ mutationFn: (draft: GroupDraft) => updateGroupFromDraft(session, id, draft), meta: { invalidates } });
}

/** The deleted group's own queries would only fail if refetched while its page is still open. */
export function useDeleteGroup(id: string) {
  const session = usePortalSession();
  return useMutation({ mutationFn: () => deleteGroup(session, id), meta: { invalidates, deleted: id } });
}

export function useReassignGroup(id: string) {
  const session = usePortalSession();
  return useMutation({ mutationFn: (targetUsername: string) => reassignGroup(session, id, targetUsername), meta: { invalidates } });
}

/** Returns the usernames that could not be changed. */
export function useChangeMemberTypes(id: string) {
  const session = usePortalSession();
  return useMutation({
    mutationFn: ({ usernames, newMemberType }: { usernames: string[]; newMemberType: 'admin' | 'member' }) =>
      changeMemberTypes(session, id, usernames, newMemberType),
    meta: { invalidates },
  });
}

export type RemoveMembersResult = {
  /** Still in the group after the portal answered (the owner); a name it listed that is gone counts as removed. */
  notRemoved: string[];
  /** When a call failed: its members and every later one, none of them sent after the failure. */
  failed: { usernames: string[]; reason: string } | null;
};

/** Removes members in calls of at most 25, stopping at a failed call; says who was not removed and why. */
export function useRemoveMembers(id: string) {
  const session = usePortalSession();
  return useMutation({
    mutationFn: async (usernames: string[]): Promise<RemoveMembersResult> => {
      const notRemoved: string[] = [];
      const batches = planUserBatches(usernames);
      for (const [index, batch] of batches.entries()) {
        try {
          notRemoved.push(...(await retrying(() => removeGroupMembers(session, id, batch))));
        } catch (error) {
          // Earlier calls went through, so the result must say who is gone, not only the error.
          return { notRemoved, failed: { usernames: batches.slice(index).flat(), reason: toAppError(error).message } };
        }
      }
      return { notRemoved, failed: null };
    },
    meta: { invalidates },
  });
}
