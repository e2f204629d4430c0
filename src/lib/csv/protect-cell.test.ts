import { describe, expect, it } from 'vitest';

import { protectCell } from './protect-cell';

describe('protectCell', () => {
  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(protectCell('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    expect(protectCell('+1')).toBe("'+1");
    expect(protectCell('-2')).toBe("'-2");
    expect(protectCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(protectCell('\tx')).toBe("'\tx");
  });
  it('leaves ordinary text alone', () => {
    expect(protectCell('Ana Lima')).toBe('Ana Lima');
    expect(protectCell('ana+lima@example.org')).toBe('ana+lima@example.org');
    expect(protectCell('')).toBe('');
  });
});
