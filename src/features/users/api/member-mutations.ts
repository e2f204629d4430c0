import { useMutation, useQueryClient } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';

import type { MemberProfileChanges } from '../types';
import { invalidatePortalChanges } from '@/lib/invalidate-portal-changes';
import { updateMemberProfile } from './member-writes-api';

export function useUpdateMemberProfile(username: string) {
  const session = usePortalSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: MemberProfileChanges) => updateMemberProfile(session, username, changes),
    onSuccess: () => invalidatePortalChanges(queryClient),
  });
}
