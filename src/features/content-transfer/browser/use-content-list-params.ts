import { useListParams } from '@/hooks/use-list-params';

import { contentListParams } from './content-list-params';

/** Content-browser state kept in the URL, so reloads, back/forward and shared links show the same rows. */
export const useContentListParams = () => useListParams(contentListParams);
