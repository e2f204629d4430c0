import { afterEach, describe, expect, it, vi } from 'vitest';

import { defaultPasswordPolicy, passwordShortfalls } from './password-policy';
import { cryptoRandomBelow, temporaryPassword } from './temporary-password';

const strict = { minLength: 24, requireLetter: true, requireDigit: true, requireUpperCase: true, requireLowerCase: true, requireSpecialChar: true };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('temporaryPassword', () => {
  it('meets the default policy and a strict one, every time', () => {
    for (let run = 0; run < 200; run += 1) {
      const simple = temporaryPassword(defaultPasswordPolicy);
      expect(simple).toHaveLength(16);
      expect(passwordShortfalls(simple, defaultPasswordPolicy)).toEqual([]);
      const long = temporaryPassword(strict);
      expect(long).toHaveLength(24);
      expect(passwordShortfalls(long, strict)).toEqual([]);
    }
  });

  it('leaves out characters people confuse, and symbols the policy does not ask for', () => {
    const many = Array.from({ length: 100 }, () => temporaryPassword(defaultPasswordPolicy)).join('');
    expect(many).not.toMatch(/[0O1lI]/);
    expect(many).toMatch(/^[A-Za-z2-9]+$/);
  });

  it('keeps the required kinds even when the generator always draws the first character', () => {
    const password = temporaryPassword(strict, () => 0);
    expect(passwordShortfalls(password, strict)).toEqual([]);
  });

  it('draws from crypto.getRandomValues and differs each time', () => {
    const spy = vi.spyOn(crypto, 'getRandomValues');
    const first = temporaryPassword(defaultPasswordPolicy);
    expect(spy).toHaveBeenCalled();
    expect(temporaryPassword(defaultPasswordPolicy)).not.toBe(first);
  });
});

describe('cryptoRandomBelow', () => {
  it('stays in range and retries draws that would bias the result', () => {
    const values = [0xffff_ffff, 7];
    vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
      (array as Uint32Array)[0] = values.shift() ?? 0;
      return array;
    });
    expect(cryptoRandomBelow(10)).toBe(7);
  });
});
