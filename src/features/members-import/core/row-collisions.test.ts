import { describe, expect, it } from 'vitest';

import { createRowCollisions } from './row-collisions';

describe('createRowCollisions', () => {
  it('keeps the rows of each key in file order, the first one apart', () => {
    const collisions = createRowCollisions();
    [
      ['ana', 0],
      ['bo', 1],
      ['ana', 2],
      ['ana', 5],
    ].forEach(([key, index]) => collisions.add(key as string, index as number));
    expect(collisions.firstOf('ana')).toBe(0);
    expect(collisions.indexesOf('ana')).toEqual([0, 2, 5]);
    expect(collisions.indexesOf('bo')).toEqual([1]);
    expect(collisions.firstOf('cy')).toBeUndefined();
    expect(collisions.indexesOf('cy')).toEqual([]);
  });

  it('moves a row from one key to another, keeping file order', () => {
    const collisions = createRowCollisions();
    collisions.add('ana', 0);
    collisions.add('ana', 3);
    collisions.add('bo', 1);
    collisions.remove('ana', 0);
    expect(collisions.firstOf('ana')).toBe(3);
    collisions.insert('bo', 0);
    expect(collisions.indexesOf('bo')).toEqual([0, 1]);
    collisions.remove('ana', 3);
    expect(collisions.firstOf('ana')).toBeUndefined();
    expect(collisions.indexesOf('ana')).toEqual([]);
    collisions.insert('ana', 4);
    expect(collisions.indexesOf('ana')).toEqual([4]);
  });
});
