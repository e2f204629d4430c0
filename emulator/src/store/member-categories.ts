import type { SqlCondition } from './search-sql';
import type { Store } from './store';

/** One node of the member category schema (DOC member-category-schema: `title` and child `categories`). */
export type CategoryNode = { title: string; categories?: CategoryNode[] };

const META_KEY = 'memberCategorySchema';

/**
 * The seeded tree. A single root "Categories" as in the Python API's example schema (issue Esri/arcgis-python-api#1482),
 * so members hold paths such as "/Categories/Department/Finance".
 */
export const SEED_MEMBER_CATEGORY_SCHEMA: readonly CategoryNode[] = [
  {
    title: 'Categories',
    categories: [
      {
        title: 'Department',
        categories: [{ title: 'Finance' }, { title: 'Planning' }, { title: 'Public Works' }, { title: 'Information Technology' }],
      },
      { title: 'Office Location', categories: [{ title: 'City Hall' }, { title: 'Harbor Annex' }, { title: 'Field' }] },
    ],
  },
];

/** Fixed members with categories (everyone else has none). */
export const SEED_MEMBER_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  'ana.lima': ['/Categories/Department/Planning', '/Categories/Office Location/City Hall'],
  'ben.okafor': ['/Categories/Department/Public Works', '/Categories/Office Location/Field'],
  'grace.receiver': ['/Categories/Department/Finance'],
  'frank.departing': ['/Categories/Department/Public Works', '/Categories/Office Location/Field'],
  helpdesk_demo: ['/Categories/Department/Information Technology'],
};

export function readMemberCategorySchema(store: Store): CategoryNode[] {
  return JSON.parse(store.meta(META_KEY) ?? '[]') as CategoryNode[];
}

export function writeMemberCategorySchema(store: Store, schema: readonly CategoryNode[]): void {
  store.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(META_KEY, JSON.stringify(schema));
}

/** Every path of the tree, parents included ("/Categories", "/Categories/Department", …). */
export function categoryPaths(schema: readonly CategoryNode[], parent = ''): string[] {
  return schema.flatMap((node) => {
    const path = `${parent}/${node.title}`;
    return [path, ...categoryPaths(node.categories ?? [], path)];
  });
}

function isNode(value: unknown): value is CategoryNode {
  if (typeof value !== 'object' || value === null) return false;
  const { title, categories } = value as Record<string, unknown>;
  if (typeof title !== 'string' || title.trim() === '' || title.includes('/')) return false;
  return categories === undefined || (Array.isArray(categories) && categories.every(isNode));
}

/**
 * `memberCategorySchema` as posted: `{"memberCategorySchema":[…]}` (DOC assign-member-category-schema) or the bare
 * array; `null` when it is not such a tree. Titles with "/" are refused, as they would break the paths (our choice).
 */
export function parseMemberCategorySchema(text: string | undefined): CategoryNode[] | null {
  if (!text) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { memberCategorySchema?: unknown } | null)?.memberCategorySchema;
  return Array.isArray(list) && list.every(isNode) ? list : null;
}

/** `categories` as sent to the listing or the search: a JSON array or a comma list of full paths. */
export function readCategoryList(text: string | undefined): string[] {
  if (!text) return [];
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.filter((value): value is string => typeof value === 'string' && value.trim() !== '');
    } catch {
      return [];
    }
  }
  return text
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
}

/** Members holding any of `paths` exactly (case-insensitive): the categories are ORed (our reading). */
export function categoryCondition(paths: readonly string[]): SqlCondition {
  if (paths.length === 0) return { sql: '0', params: [] };
  return {
    sql: `EXISTS (SELECT 1 FROM json_each(u.categories) c WHERE lower(c.value) IN (${paths.map(() => '?').join(', ')}))`,
    params: paths.map((path) => path.toLowerCase()),
  };
}

export function categoriesOf(user: { categories: string }): string[] {
  return JSON.parse(user.categories) as string[];
}
