import type { Database } from 'better-sqlite3';

const patternCache = new Map<string, RegExp>();

/** Lower-case, diacritics removed: how both the full-text index and the wildcard fallback see text. */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text value, the way FTS5's unicode61 tokenizer splits it. */
export function textTokens(value: string): string[] {
  return foldText(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A `*`/`?` wildcard pattern (already folded) as an anchored regular expression. */
export function wildcardRegExp(pattern: string): RegExp {
  let regex = patternCache.get(pattern);
  if (!regex) {
    const source = Array.from(pattern)
      .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    regex = new RegExp(`^${source}$`, 'su');
    if (patternCache.size > 500) patternCache.clear();
    patternCache.set(pattern, regex);
  }
  return regex;
}

/**
 * SQL functions for wildcards the full-text index cannot answer (leading `*`, `?`):
 * `wildcard_token(text, pattern)` tests every word of a text field, `wildcard_value(value, pattern)`
 * tests a whole keyword value. Both are case- and accent-insensitive.
 */
export function registerSearchFunctions(db: Database): void {
  db.function('wildcard_token', { deterministic: true }, (text: unknown, pattern: unknown) => {
    if (typeof text !== 'string' || typeof pattern !== 'string') return 0;
    const regex = wildcardRegExp(pattern);
    return textTokens(text).some((token) => regex.test(token)) ? 1 : 0;
  });
  db.function('wildcard_value', { deterministic: true }, (value: unknown, pattern: unknown) => {
    if ((typeof value !== 'string' && typeof value !== 'number') || typeof pattern !== 'string') return 0;
    return wildcardRegExp(pattern).test(foldText(String(value))) ? 1 : 0;
  });
}
