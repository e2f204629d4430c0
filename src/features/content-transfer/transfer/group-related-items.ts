export type ItemRelation = { from: string; to: string };

/**
 * Items linked by a relationship (a hosted feature layer and the file it was published from) move as one
 * unit. Returns the units as lists of item ids, each in the order the ids were given; unrelated items are
 * units of one.
 */
export function groupRelatedItems(itemIds: readonly string[], relations: readonly ItemRelation[]): string[][] {
  const parent = new Map(itemIds.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  for (const { from, to } of relations) {
    if (!parent.has(from) || !parent.has(to)) continue;
    const a = find(from);
    const b = find(to);
    if (a !== b) parent.set(b, a);
  }
  const units = new Map<string, string[]>();
  for (const id of itemIds) {
    const root = find(id);
    const unit = units.get(root);
    if (unit) unit.push(id);
    else units.set(root, [id]);
  }
  return [...units.values()];
}
