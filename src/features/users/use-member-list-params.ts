import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { readMemberListParams, writeMemberListParams } from './member-list-params';
import type { MemberListParams } from './types';

/** Members-table state kept in the URL, so reloads, back/forward and shared links show the same rows. */
export function useMemberListParams(): [MemberListParams, (next: Partial<MemberListParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readMemberListParams(searchParams), [searchParams]);
  const update = useCallback(
    (next: Partial<MemberListParams>) => {
      setSearchParams((current) => writeMemberListParams({ ...readMemberListParams(current), ...next }), {
        replace: 'search' in next,
      });
    },
    [setSearchParams],
  );
  return [params, update];
}
