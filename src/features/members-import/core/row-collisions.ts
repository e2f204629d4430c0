/**
 * Row indexes sharing a lower-case key (a username or an email), in file order: the first one is the row the others
 * repeat. Most keys have one row, so that index is kept alone and only repeats get a list: one array per row of a
 * 50,000-row file was a tenth of its validation.
 */
export function createRowCollisions() {
  const first = new Map<string, number>();
  const repeats = new Map<string, number[]>();

  const indexesOf = (key: string): number[] => {
    const head = first.get(key);
    return head === undefined ? [] : [head, ...(repeats.get(key) ?? [])];
  };
  const set = (key: string, indexes: readonly number[]) => {
    const [head, ...rest] = indexes;
    if (head === undefined) first.delete(key);
    else first.set(key, head);
    if (rest.length > 0) repeats.set(key, rest);
    else repeats.delete(key);
  };

  return {
    /** Adds a row; rows are added in file order. */
    add(key: string, index: number) {
      if (!first.has(key)) {
        first.set(key, index);
        return;
      }
      const more = repeats.get(key);
      if (more) more.push(index);
      else repeats.set(key, [index]);
    },
    /** The first row holding `key`. */
    firstOf: (key: string): number | undefined => first.get(key),
    indexesOf,
    remove(key: string, index: number) {
      set(
        key,
        indexesOf(key).filter((other) => other !== index),
      );
    },
    insert(key: string, index: number) {
      set(
        key,
        [...indexesOf(key), index].sort((a, b) => a - b),
      );
    },
  };
}

export type RowCollisions = ReturnType<typeof createRowCollisions>;
