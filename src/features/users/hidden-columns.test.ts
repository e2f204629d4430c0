import { describe, expect, it } from 'vitest';

import { HIDDEN_COLUMNS_KEY, hiddenColumnsOf, readHiddenColumns, visibilityModelOf, writeHiddenColumns } from './hidden-columns';

const memoryStore = (initial: Record<string, string> = {}) => {
  const values = new Map(Object.entries(initial));
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => values.set(key, value), values };
};

describe('hidden columns of the members table', () => {
  const known = ['username', 'email', 'created'];

  it('round-trips through storage under roster.members.hiddenColumns', () => {
    const store = memoryStore();
    writeHiddenColumns(store, ['created']);
    expect(store.values.get(HIDDEN_COLUMNS_KEY)).toBe('["created"]');
    expect(readHiddenColumns(store, known)).toEqual(['created']);
  });

  it('ignores what it cannot read, and columns the table no longer has', () => {
    expect(readHiddenColumns(memoryStore({ [HIDDEN_COLUMNS_KEY]: 'not json' }), known)).toEqual([]);
    expect(readHiddenColumns(memoryStore({ [HIDDEN_COLUMNS_KEY]: '{"email":false}' }), known)).toEqual([]);
    expect(readHiddenColumns(memoryStore({ [HIDDEN_COLUMNS_KEY]: '["email","gone",3,"email"]' }), known)).toEqual(['email']);
    expect(readHiddenColumns(undefined, known)).toEqual([]);
  });

  it('converts to and from the grid’s visibility model', () => {
    expect(visibilityModelOf(['email'])).toEqual({ email: false });
    expect(hiddenColumnsOf({ username: true, email: false, created: false })).toEqual(['email', 'created']);
    expect(hiddenColumnsOf({})).toEqual([]);
  });
});

describe('columns hidden by default', () => {
  it('are hidden until a choice is kept, and then only as chosen', () => {
    const empty = { getItem: () => null, setItem: () => undefined };
    expect(readHiddenColumns(empty, ['a', 'credits'], ['credits'])).toEqual(['credits']);
    const chosen = { getItem: () => '["a"]', setItem: () => undefined };
    expect(readHiddenColumns(chosen, ['a', 'credits'], ['credits'])).toEqual(['a']);
  });
});
