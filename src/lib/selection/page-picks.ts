/**
 * Selection across the pages of a server-paged grid. The grid knows only the rows on screen; its answer (an include
 * or exclude list, as MUI X reports it) is merged here into picks kept from other pages, or into the rows unticked
 * after "select all that match".
 */
export type PageTicks = { type: 'include' | 'exclude'; ids: ReadonlySet<string | number> };

export function isTicked(ticks: PageTicks, id: string | number): boolean {
  return ticks.type === 'include' ? ticks.ids.has(id) : !ticks.ids.has(id);
}

/** Picks with this page's rows following the grid's ticks; picks on other pages stay. */
export function withPagePicks<R, K extends string | number = string>(
  picks: ReadonlyMap<K, R>,
  pageRows: readonly R[],
  idOf: (row: R) => K,
  ticks: PageTicks,
): Map<K, R> {
  const next = new Map(picks);
  for (const row of pageRows) {
    if (isTicked(ticks, idOf(row))) next.set(idOf(row), row);
    else next.delete(idOf(row));
  }
  return next;
}

/** "All that match" less the rows unticked on this page or any other. */
export function withPageExclusions<R, K extends string | number = string>(
  excluded: ReadonlySet<K>,
  pageRows: readonly R[],
  idOf: (row: R) => K,
  ticks: PageTicks,
): Set<K> {
  const next = new Set(excluded);
  for (const row of pageRows) {
    if (isTicked(ticks, idOf(row))) next.delete(idOf(row));
    else next.add(idOf(row));
  }
  return next;
}

/** What the grid shows ticked: the picks, or everything but the exclusions. */
export function ticksOf<K extends string | number = string>(
  selection: { picked: ReadonlyMap<K, unknown> } | { allExcept: ReadonlySet<K> },
): {
  type: 'include' | 'exclude';
  ids: Set<K>;
} {
  if ('allExcept' in selection) return { type: 'exclude', ids: new Set(selection.allExcept) };
  return { type: 'include', ids: new Set(selection.picked.keys()) };
}
