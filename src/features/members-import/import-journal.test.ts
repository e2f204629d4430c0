import { describe, expect, it } from 'vitest';

import { fingerprintOf, withoutPasswords } from './import-journal';

describe('import journal helpers', () => {
  it('never keeps a password fix', () => {
    expect(withoutPasswords({ 3: { password: 'Secret.2026', email: 'a@b.org' }, 4: { password: 'x' } })).toEqual({
      3: { email: 'a@b.org' },
      4: {},
    });
  });

  it('fingerprints files by content', async () => {
    const bytes = (text: string) => new TextEncoder().encode(text).buffer;
    expect(await fingerprintOf(bytes('a,b\n1,2'))).toBe(await fingerprintOf(bytes('a,b\n1,2')));
    expect(await fingerprintOf(bytes('a,b\n1,2'))).not.toBe(await fingerprintOf(bytes('a,b\n1,3')));
    expect(await fingerprintOf(bytes(''))).toMatch(/^[0-9a-f]{64}$/);
  });
});
