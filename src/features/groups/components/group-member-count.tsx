import { useQuery } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';

import { groupQueries } from '../api/group-queries';

/** The portal's group search has no member counts; each visible row asks for its own (a `userList` of none). */
export function GroupMemberCount({ groupId }: { groupId: string }) {
  const session = usePortalSession();
  const count = useQuery(groupQueries.memberCount(session, groupId));
  if (count.isPending) return <span aria-label="Loading member count">…</span>;
  if (count.isError) return <span title="Only group members and administrators can see this">—</span>;
  return <>{count.data.toLocaleString()}</>;
}
