import type { GridColumnVisibilityModel } from '@mui/x-data-grid';
import { useCallback, useMemo, useState } from 'react';

import { hiddenColumnsOf, readHiddenColumns, visibilityModelOf, writeHiddenColumns } from './hidden-columns';

const browserStore = () => (typeof window === 'undefined' ? undefined : window.localStorage);

/** The members table's column visibility, kept in localStorage so the person's choice survives reloads and sign-ins. */
export function useHiddenColumns(known: readonly string[], hiddenByDefault: readonly string[] = []) {
  const [hidden, setHidden] = useState(() => readHiddenColumns(browserStore(), known, hiddenByDefault));
  const model = useMemo(() => visibilityModelOf(hidden), [hidden]);
  const onModelChange = useCallback((next: GridColumnVisibilityModel) => {
    const nextHidden = hiddenColumnsOf(next);
    // The grid reports its model again on re-renders: only a real change is kept (and stored).
    setHidden((current) => {
      if (current.length === nextHidden.length && current.every((field) => nextHidden.includes(field))) return current;
      writeHiddenColumns(browserStore(), nextHidden);
      return nextHidden;
    });
  }, []);
  return { model, onModelChange };
}
