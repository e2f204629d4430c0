/** One node of the organization's member category tree (`portals/self/memberCategorySchema`). */
export type CategoryNode = { title: string; categories?: CategoryNode[] };

/** A node of the tree as a picker lists it: members hold leaves, so only leaves are chosen. */
export type CategoryOption = { path: string; title: string; depth: number; leaf: boolean };

function isNode(value: unknown): value is CategoryNode {
  return typeof value === 'object' && value !== null && typeof (value as { title?: unknown }).title === 'string';
}

/** The tree in reading order, each node with its full path ("/Categories/Department/Finance"); tolerant of odd answers. */
export function categoryOptions(schema: unknown, parent = '', depth = 0): CategoryOption[] {
  if (!Array.isArray(schema)) return [];
  return schema.filter(isNode).flatMap((node) => {
    const path = `${parent}/${node.title}`;
    const children = categoryOptions(node.categories, path, depth + 1);
    return [{ path, title: node.title, depth, leaf: children.length === 0 }, ...children];
  });
}

/** "Department › Finance" for "/Categories/Department/Finance": the common root "Categories" says nothing. */
export function categoryLabel(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const shown = parts.length > 1 && parts[0]?.toLowerCase() === 'categories' ? parts.slice(1) : parts;
  return shown.join(' › ');
}
