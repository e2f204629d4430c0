import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';

import type { MemberSelection } from './resolve-selection';
import { userQueries } from '../api/user-queries';
import type { Member } from '../types';

/**
 * The members a selection stands for. Picked rows are known already; "all that match" is resolved by paging through
 * the search when the dialog opens (fresh each time: a bulk change must not act on a stale list).
 */
export function useSelectionMembers(selection: MemberSelection) {
  const session = usePortalSession();
  const [progress, setProgress] = useState<{ fetched: number; total: number } | null>(null);
  const resolved = useQuery({
    ...userQueries.selection(session, selection.kind === 'query' ? selection.query : null, (fetched, total) => {
      setProgress({ fetched, total });
    }),
    enabled: selection.kind === 'query',
  });
  const members: Member[] | undefined =
    selection.kind === 'query' ? resolved.data?.filter((member) => !selection.excluded.has(member.username)) : selection.members;
  return { members, progress, error: resolved.error, isResolving: selection.kind === 'query' && resolved.isPending };
}
