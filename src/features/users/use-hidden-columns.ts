import type { GridColumnVisibilityModel } from '@mui/x-data-grid';
import { useCallback, useMemo, useState } from 'react';

import { hiddenColumnsOf, readHiddenColumns, visibilityModelOf, writeHiddenColumns } from './hidden-columns';

const browserStore = () => (typeof window === 'undefined' ? undefined : window.localStorage);

/** The members table's column visibility, kept in localStorage so the person's choice survives reloads and sign-ins. */
export function useHiddenColumns(known: readonly string[]) {
  const [hidden, setHidden] = useState(() => readHiddenColumns(browserStore(), known));
  const model = useMemo(() => visibilityModelOf(hidden), [hidden]);
  const onModelChange = useCallback((next: GridColumnVisibilityModel) => {
    const nextHidden = hiddenColumnsOf(next);
    setHidden(nextHidden);
    writeHiddenColumns(browserStore(), nextHidden);
  }, []);
  return { model, onModelChange };
}
