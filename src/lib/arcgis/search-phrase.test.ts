import { describe, expect, it } from 'vitest';

import { searchPhrase } from './search-phrase';

describe('searchPhrase', () => {
  it('quotes a value, escaping backslashes and double quotes', () => {
    expect(searchPhrase('ana.lima@example.org')).toBe('"ana.lima@example.org"');
    expect(searchPhrase('CONTOSO\\jsmith')).toBe('"CONTOSO\\\\jsmith"');
    expect(searchPhrase('say "hi"')).toBe('"say \\"hi\\""');
    expect(searchPhrase('a\\"b')).toBe('"a\\\\\\"b"');
  });
});
