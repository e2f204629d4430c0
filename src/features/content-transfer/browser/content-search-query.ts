import { searchPhrase } from '@/lib/arcgis/search-phrase';

/** Quotes a value for the portal's `q` grammar (backslashes and quotes escaped). */
const quoted = searchPhrase;

/**
 * The portal `search` query for a member's items: `owner:` always, `title:` for each word typed (so word
 * order does not matter), `type:` as an exact phrase.
 */
export function buildContentSearchQuery(owner: string, search: string, type: string): string {
  const clauses = [`owner:${quoted(owner)}`];
  for (const word of search.trim().split(/\s+/).filter(Boolean)) clauses.push(`title:${quoted(word)}`);
  if (type) clauses.push(`type:${quoted(type)}`);
  return clauses.join(' AND ');
}
