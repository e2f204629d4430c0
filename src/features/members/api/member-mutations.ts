import { useMutation } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';

import type { MemberProfileChanges } from '../types';
import { updateMemberProfile } from './member-writes-api';

export function useUpdateMemberProfile(username: string) {
  const session = usePortalSession();
  // Editing your own profile changes the name in the header too.
  const isSelf = username.toLowerCase() === session.username.toLowerCase();
  return useMutation({
    mutationFn: (changes: MemberProfileChanges) => updateMemberProfile(session, username, changes),
    meta: { invalidates: isSelf ? ['members', 'signed-in-member'] : ['members'] },
  });
}
