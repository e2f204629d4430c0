import { describe, expect, it } from 'vitest';

import { categoryLabel, categoryOptions } from './member-categories';

describe('member categories', () => {
  it('lists the tree in reading order with full paths, leaves marked', () => {
    const schema = [{ title: 'Categories', categories: [{ title: 'Department', categories: [{ title: 'Finance' }, { title: 'IT' }] }, { title: 'Remote' }] }];
    expect(categoryOptions(schema)).toEqual([
      { path: '/Categories', title: 'Categories', depth: 0, leaf: false },
      { path: '/Categories/Department', title: 'Department', depth: 1, leaf: false },
      { path: '/Categories/Department/Finance', title: 'Finance', depth: 2, leaf: true },
      { path: '/Categories/Department/IT', title: 'IT', depth: 2, leaf: true },
      { path: '/Categories/Remote', title: 'Remote', depth: 1, leaf: true },
    ]);
  });

  it('has nothing to list when the portal reports no tree or something else', () => {
    expect(categoryOptions(undefined)).toEqual([]);
    expect(categoryOptions([])).toEqual([]);
    expect(categoryOptions([{ name: 'x' }, 3])).toEqual([]);
  });

  it('labels a path without the common root', () => {
    expect(categoryLabel('/Categories/Department/Finance')).toBe('Department › Finance');
    expect(categoryLabel('/Office Location/Zurich')).toBe('Office Location › Zurich');
    expect(categoryLabel('/Categories')).toBe('Categories');
  });
});
