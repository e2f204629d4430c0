import { describe, expect, it } from 'vitest';

import { seatUse, seatUseByFullness } from './seats';

describe('seatUse', () => {
  it('counts seats left and the share used', () => {
    expect(seatUse({ id: 'creatorUT', name: 'Creator', assigned: 652, seats: 659 })).toEqual({
      id: 'creatorUT',
      name: 'Creator',
      assigned: 652,
      seats: 659,
      left: 7,
      percentUsed: 99,
      isFull: false,
      summary: '7 of 659 Creator seats left',
    });
  });
  it('is full at zero left and never reports negative seats', () => {
    expect(seatUse({ id: 'v', name: 'Viewer', assigned: 50, seats: 50 })).toMatchObject({ left: 0, isFull: true, percentUsed: 100 });
    const over = seatUse({ id: 'v', name: 'Viewer', assigned: 55, seats: 50 });
    expect(over).toMatchObject({ left: 0, isFull: true, percentUsed: 100 });
    expect(over.summary).toBe('55 assigned, 5 more than the 50 Viewer seats');
  });
  it('handles a type without seats', () => {
    expect(seatUse({ id: 'x', name: 'X', assigned: 0, seats: 0 })).toMatchObject({ left: 0, percentUsed: 0, isFull: true });
  });
});

describe('seatUseByFullness', () => {
  it('drops unused types and puts the fewest seats left first', () => {
    const sorted = seatUseByFullness([
      { id: 'a', name: 'A', assigned: 10, seats: 100 },
      { id: 'b', name: 'B', assigned: 0, seats: 0 },
      { id: 'c', name: 'C', assigned: 9, seats: 10 },
      { id: 'd', name: 'D', assigned: 40, seats: 41 },
    ]);
    expect(sorted.map((type) => type.id)).toEqual(['d', 'c', 'a']);
  });
});

describe('seats the portal does not report', () => {
  it('stay unknown: no seats left, no share, never "full"', () => {
    expect(seatUse({ id: 'creatorUT', name: 'Creator', assigned: 12, seats: null })).toMatchObject({
      left: null,
      percentUsed: null,
      isFull: false,
      summary: 'Creator: seats bought not reported by the portal',
    });
    expect(seatUse({ id: 'creatorUT', name: 'Creator', assigned: null, seats: 50 }).summary).toBe('Creator: seats in use not reported by the portal');
  });
  it('are listed after the types whose seats are known', () => {
    const sorted = seatUseByFullness([
      { id: 'u', name: 'Unknown', assigned: 3, seats: null },
      { id: 'a', name: 'A', assigned: 10, seats: 100 },
    ]);
    expect(sorted.map((type) => type.id)).toEqual(['a', 'u']);
  });
});
