import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import {
  readGroupListParams,
  readGroupMemberListParams,
  writeGroupListParams,
  writeGroupMemberListParams,
} from './group-list-params';
import type { GroupListParams, GroupMemberListParams } from './types';

/** Groups-table state kept in the URL, so reloads, back/forward and shared links show the same rows. */
export function useGroupListParams(): [GroupListParams, (next: Partial<GroupListParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readGroupListParams(searchParams), [searchParams]);
  const update = useCallback(
    (next: Partial<GroupListParams>) => {
      setSearchParams((current) => writeGroupListParams({ ...readGroupListParams(current), ...next }), {
        replace: 'search' in next || 'owner' in next,
      });
    },
    [setSearchParams],
  );
  return [params, update];
}

/** The group page's member table state in the URL. */
export function useGroupMemberListParams(): [GroupMemberListParams, (next: Partial<GroupMemberListParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readGroupMemberListParams(searchParams), [searchParams]);
  const update = useCallback(
    (next: Partial<GroupMemberListParams>) => {
      setSearchParams((current) => writeGroupMemberListParams({ ...readGroupMemberListParams(current), ...next }), {
        replace: 'name' in next,
      });
    },
    [setSearchParams],
  );
  return [params, update];
}
