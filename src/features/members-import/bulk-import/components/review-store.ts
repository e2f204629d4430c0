import { useSyncExternalStore } from 'react';

import type { ReviewColumns } from '../../core/import-view';

/**
 * The review the grid's cells read. The grid keeps its rows and columns when the review changes; each cell redraws on
 * its own when its row's values change (`rowVersion`), so a fix redraws the rows it changed instead of the grid.
 */
export function createReviewStore(initial: ReviewColumns) {
  let review = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => review,
    set: (next: ReviewColumns) => {
      if (next === review) return;
      review = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export type ReviewStore = ReturnType<typeof createReviewStore>;

/**
 * What changes when a row's values do: its patched values when a patch changed it (see `ReviewPatch`), else the packed
 * columns it is read from (a new view packs every row again).
 */
export const rowVersion = (review: ReviewColumns, index: number): object => review.changed?.get(index) ?? review.username;

/** The current review, for a cell that redraws only when row `index` changes. */
export function useReviewRow(store: ReviewStore, index: number): ReviewColumns {
  useSyncExternalStore(store.subscribe, () => rowVersion(store.get(), index));
  return store.get();
}
