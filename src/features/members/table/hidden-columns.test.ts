import { describe, expect, it } from 'vitest';

import { hiddenColumnsKey, hiddenColumnsOf, LEGACY_HIDDEN_COLUMNS_KEY, readHiddenColumns, visibilityModelOf, writeHiddenColumns } from './hidden-columns';

const memoryStore = (initial: Record<string, string> = {}) => {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => values.set(key, value),
    removeItem: (key: string) => values.delete(key),
    values,
  };
};

describe('hidden columns of the members table', () => {
  const known = ['username', 'email', 'created'];
  const ana = hiddenColumnsKey('https://example.com/portal/sharing/rest', 'Ana.Lima');
  const ben = hiddenColumnsKey('https://example.com/portal/sharing/rest', 'ben.okafor');

  it('keeps one choice per portal and person', () => {
    const store = memoryStore();
    writeHiddenColumns(store, ana, ['created']);
    expect(store.values.get(`${LEGACY_HIDDEN_COLUMNS_KEY}:https://example.com/portal/sharing/rest:ana.lima`)).toBe('["created"]');
    expect(readHiddenColumns(store, ana, known)).toEqual(['created']);
    expect(readHiddenColumns(store, ben, known)).toEqual([]);
    expect(hiddenColumnsKey('https://other.example/sharing/rest', 'ana.lima')).not.toBe(ana);
  });

  it('moves the old browser-wide choice to the first person who opens the table, once', () => {
    const store = memoryStore({ [LEGACY_HIDDEN_COLUMNS_KEY]: '["email"]' });
    expect(readHiddenColumns(store, ana, known)).toEqual(['email']);
    expect(store.values.has(LEGACY_HIDDEN_COLUMNS_KEY)).toBe(false);
    expect(store.values.get(ana)).toBe('["email"]');
    expect(readHiddenColumns(store, ben, known)).toEqual([]);
  });

  it('ignores what it cannot read, and columns the table no longer has', () => {
    expect(readHiddenColumns(memoryStore({ [ana]: 'not json' }), ana, known)).toEqual([]);
    expect(readHiddenColumns(memoryStore({ [ana]: '{"email":false}' }), ana, known)).toEqual([]);
    expect(readHiddenColumns(memoryStore({ [ana]: '["email","gone",3,"email"]' }), ana, known)).toEqual(['email']);
    expect(readHiddenColumns(undefined, ana, known)).toEqual([]);
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
    expect(readHiddenColumns(empty, 'k', ['a', 'credits'], ['credits'])).toEqual(['credits']);
    const chosen = { getItem: () => '["a"]', setItem: () => undefined };
    expect(readHiddenColumns(chosen, 'k', ['a', 'credits'], ['credits'])).toEqual(['a']);
  });
});
