import { useMutation, useQueryClient } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';

import type { MemberProfileChanges } from '../types';
import { selfQueries } from '@/lib/arcgis/self-queries';
import { invalidatePortalChanges } from '@/lib/invalidate-portal-changes';
import { updateMemberProfile } from './member-writes-api';

export function useUpdateMemberProfile(username: string) {
  const session = usePortalSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: MemberProfileChanges) => updateMemberProfile(session, username, changes),
    onSuccess: () =>
      Promise.all([
        invalidatePortalChanges(queryClient),
        // Editing your own profile changes the name in the header too.
        username.toLowerCase() === session.username.toLowerCase()
          ? queryClient.invalidateQueries({ queryKey: selfQueries.member(session).queryKey })
          : undefined,
      ]),
  });
}
