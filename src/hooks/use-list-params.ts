import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { ListParamsCodec } from '@/lib/list-params/define-list-params';

/**
 * A list's state kept in the URL, so reloads, back/forward and shared links show the same rows. The state is what
 * was asked (the URL), never the params of the rows on screen, which lag behind while the next page loads.
 */
export function useListParams<T>(codec: ListParamsCodec<T>): [T, (next: Partial<T>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => codec.parse(searchParams), [codec, searchParams]);
  const update = useCallback(
    (next: Partial<T>) => {
      setSearchParams((current) => codec.serialize({ ...codec.parse(current), ...next }), { replace: codec.replaces(next) });
    },
    [codec, setSearchParams],
  );
  return [params, update];
}
