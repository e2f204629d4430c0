import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

import type { ListParamsCodec } from '@/lib/list-params/define-list-params';

/**
 * A list's state kept in the URL, so reloads, back/forward and shared links show the same rows. The state is what
 * was asked (the URL), never the params of the rows on screen, which lag behind while the next page loads.
 */
export function useListParams<T>(codec: ListParamsCodec<T>): [T, (next: Partial<T>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => codec.parse(searchParams), [codec, searchParams]);
  // Updates made before the URL catches up build on each other: a grid reports a new sort and the first page in one
  // go, and react-router hands each functional update the same, older URL, so the second would undo the first.
  const asked = useRef<URLSearchParams>(searchParams);
  useEffect(() => {
    asked.current = searchParams;
  }, [searchParams]);
  const update = useCallback(
    (next: Partial<T>) => {
      const merged = codec.serialize({ ...codec.parse(asked.current), ...next });
      asked.current = merged;
      setSearchParams(merged, { replace: codec.replaces(next) });
    },
    [codec, setSearchParams],
  );
  return [params, update];
}
