import { useListParams } from '@/hooks/use-list-params';

import { groupListParams, groupMemberListParams } from './group-list-params';

/** Groups-table state kept in the URL, so reloads, back/forward and shared links show the same rows. */
export const useGroupListParams = () => useListParams(groupListParams);

/** The group page's member table state in the URL. */
export const useGroupMemberListParams = () => useListParams(groupMemberListParams);
