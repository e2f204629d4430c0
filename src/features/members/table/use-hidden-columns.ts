import type { GridColumnVisibilityModel } from '@mui/x-data-grid';
import { useCallback, useMemo, useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';

import { hiddenColumnsKey, hiddenColumnsOf, readHiddenColumns, visibilityModelOf, writeHiddenColumns } from './hidden-columns';

const browserStore = () => (typeof window === 'undefined' ? undefined : window.localStorage);

/** The members table's column visibility, kept in localStorage per portal and person, so it survives reloads and sign-ins. */
export function useHiddenColumns(known: readonly string[], hiddenByDefault: readonly string[] = []) {
  const session = usePortalSession();
  const key = hiddenColumnsKey(session.portal, session.username);
  const [hidden, setHidden] = useState(() => readHiddenColumns(browserStore(), key, known, hiddenByDefault));
  const model = useMemo(() => visibilityModelOf(hidden), [hidden]);
  const onModelChange = useCallback(
    (next: GridColumnVisibilityModel) => {
      const nextHidden = hiddenColumnsOf(next);
      // The grid reports its model again on re-renders: only a real change is kept (and stored).
      setHidden((current) => {
        if (current.length === nextHidden.length && current.every((field) => nextHidden.includes(field))) return current;
        writeHiddenColumns(browserStore(), key, nextHidden);
        return nextHidden;
      });
    },
    [key],
  );
  return { model, onModelChange };
}
