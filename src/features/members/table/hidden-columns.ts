import type { GridColumnVisibilityModel } from '@mui/x-data-grid';

/** Where the members table kept the hidden columns before they were per person (one choice for the whole browser). */
export const LEGACY_HIDDEN_COLUMNS_KEY = 'roster.members.hiddenColumns';

/** Where one person's hidden columns are kept: per portal and signed-in username, so colleagues sharing a browser differ. */
export const hiddenColumnsKey = (portal: string, username: string) => `${LEGACY_HIDDEN_COLUMNS_KEY}:${portal}:${username.toLowerCase()}`;

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'> & Partial<Pick<Storage, 'removeItem'>>;

function parseHidden(text: string | null, known: readonly string[]): string[] {
  try {
    const parsed: unknown = JSON.parse(text ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return [...new Set(parsed.filter((field): field is string => typeof field === 'string' && known.includes(field)))];
  } catch {
    return [];
  }
}

/**
 * The hidden columns kept under `key`, only those the table still has; `hiddenByDefault` until a choice was kept;
 * anything unreadable counts as none. The first person to open the table after the upgrade takes over the old
 * browser-wide choice, which is then removed.
 */
export function readHiddenColumns(store: KeyValueStore | undefined, key: string, known: readonly string[], hiddenByDefault: readonly string[] = []): string[] {
  try {
    const own = store?.getItem(key) ?? null;
    if (own !== null) return parseHidden(own, known);
    const legacy = store?.getItem(LEGACY_HIDDEN_COLUMNS_KEY) ?? null;
    if (legacy === null) return [...hiddenByDefault];
    store?.setItem(key, legacy);
    store?.removeItem?.(LEGACY_HIDDEN_COLUMNS_KEY);
    return parseHidden(legacy, known);
  } catch {
    return [];
  }
}

export function writeHiddenColumns(store: KeyValueStore | undefined, key: string, hidden: readonly string[]): void {
  try {
    store?.setItem(key, JSON.stringify(hidden));
  } catch {
    // Storage full or refused (private mode): the choice lasts for this page only.
  }
}

/** The grid's model: `false` for each hidden column, nothing for the rest (visible by default). */
export const visibilityModelOf = (hidden: readonly string[]): GridColumnVisibilityModel => Object.fromEntries(hidden.map((field) => [field, false]));

/** The hidden columns of a model the grid reports (its "show all" may list every column as `true`). */
export const hiddenColumnsOf = (model: GridColumnVisibilityModel): string[] =>
  Object.entries(model)
    .filter(([, visible]) => !visible)
    .map(([field]) => field);
