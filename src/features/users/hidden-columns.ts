import type { GridColumnVisibilityModel } from '@mui/x-data-grid';

/** Where the members table keeps the columns a person hid (this browser, every tab, across sign-ins). */
export const HIDDEN_COLUMNS_KEY = 'roster.members.hiddenColumns';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The hidden columns kept in `store`, only those the table still has; `hiddenByDefault` until a choice was kept;
 * anything unreadable counts as none.
 */
export function readHiddenColumns(store: KeyValueStore | undefined, known: readonly string[], hiddenByDefault: readonly string[] = []): string[] {
  try {
    const kept = store?.getItem(HIDDEN_COLUMNS_KEY) ?? null;
    if (kept === null) return [...hiddenByDefault];
    const parsed: unknown = JSON.parse(kept);
    if (!Array.isArray(parsed)) return [];
    return [...new Set(parsed.filter((field): field is string => typeof field === 'string' && known.includes(field)))];
  } catch {
    return [];
  }
}

export function writeHiddenColumns(store: KeyValueStore | undefined, hidden: readonly string[]): void {
  try {
    store?.setItem(HIDDEN_COLUMNS_KEY, JSON.stringify(hidden));
  } catch {
    // Storage full or refused (private mode): the choice lasts for this page only.
  }
}

/** The grid's model: `false` for each hidden column, nothing for the rest (visible by default). */
export const visibilityModelOf = (hidden: readonly string[]): GridColumnVisibilityModel =>
  Object.fromEntries(hidden.map((field) => [field, false]));

/** The hidden columns of a model the grid reports (its "show all" may list every column as `true`). */
export const hiddenColumnsOf = (model: GridColumnVisibilityModel): string[] =>
  Object.entries(model)
    .filter(([, visible]) => !visible)
    .map(([field]) => field);
