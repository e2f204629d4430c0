import { describe, expect, it } from 'vitest';

import { ownedText, plainDeleteRefusal } from './member-deletion';

const check = { username: 'ana.lima', items: 0, groups: 0, blocker: null, esriAccess: false };

describe('plainDeleteRefusal', () => {
  it('lets a member who owns nothing and holds nothing be deleted', () => {
    expect(plainDeleteRefusal(check)).toBeNull();
    expect(plainDeleteRefusal({ ...check, esriAccess: null })).toBeNull();
  });

  it('names what the member owns and the way out', () => {
    expect(plainDeleteRefusal({ ...check, items: 6, groups: 1 })).toBe('Owns 6 items and 1 group — use Transfer and delete.');
    expect(plainDeleteRefusal({ ...check, items: 1 })).toBe('Owns 1 item — use Transfer and delete.');
    expect(ownedText({ items: 0, groups: 4 })).toBe('4 groups');
  });

  it('gives a licence blocker before anything else, and Esri access when nothing else stands in the way', () => {
    expect(plainDeleteRefusal({ ...check, items: 2, blocker: 'holds 2 add-on licences' })).toBe('holds 2 add-on licences');
    expect(plainDeleteRefusal({ ...check, esriAccess: true })).toMatch(/^ana\.lima has Esri access, and the portal does not delete/);
  });
});
