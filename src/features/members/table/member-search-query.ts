import { searchPhrase } from '@/lib/arcgis/search-phrase';

/**
 * Turns what an admin types in the search box into the portal's `q` syntax.
 * Plain words match the start of any name field (`lim` finds Lima); anything with punctuation, such as an
 * email address or `domain\user`, is sent as one quoted phrase so the portal does not read it as syntax.
 */
export function buildMemberSearchQuery(text: string, filterClauses: readonly string[] = []): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const clauses = [...words.map(toTerm), ...filterClauses];
  return clauses.length === 0 ? '*' : clauses.join(' AND ');
}

function toTerm(word: string): string {
  if (/^[\p{L}\p{N}_]+$/u.test(word)) return `${word}*`;
  return searchPhrase(word);
}
