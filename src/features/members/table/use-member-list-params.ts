import { useListParams } from '@/hooks/use-list-params';

import { memberListParams } from './member-list-params';

/** Members-table state kept in the URL, so reloads, back/forward and shared links show the same rows. */
export const useMemberListParams = () => useListParams(memberListParams);
