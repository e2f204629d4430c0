import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { readContentListParams, writeContentListParams } from './content-list-params';
import type { ContentListParams } from './types';

/** Content-browser state kept in the URL, so reloads, back/forward and shared links show the same rows. */
export function useContentListParams(): [ContentListParams, (next: Partial<ContentListParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readContentListParams(searchParams), [searchParams]);
  const update = useCallback(
    (next: Partial<ContentListParams>) => {
      setSearchParams((current) => writeContentListParams({ ...readContentListParams(current), ...next }), {
        replace: 'search' in next,
      });
    },
    [setSearchParams],
  );
  return [params, update];
}
