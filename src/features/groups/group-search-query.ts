import { searchPhrase } from '@/lib/arcgis/search-phrase';

import type { GroupAccess } from './types';

function toTerm(word: string): string {
  if (/^[\p{L}\p{N}_]+$/u.test(word)) return `${word}*`;
  return searchPhrase(word);
}

function quoted(value: string): string {
  return searchPhrase(value);
}

/**
 * The portal's `q` for the groups table: typed words match the start of a title, summary, description,
 * tag or owner (all must match); access and owner are exact filters.
 */
export function buildGroupSearchQuery(search: string, filters: { access?: GroupAccess | ''; owner?: string } = {}): string {
  const clauses = search.trim().split(/\s+/).filter(Boolean).map(toTerm);
  if (filters.access) clauses.push(`access:${filters.access}`);
  const owner = filters.owner?.trim();
  if (owner) clauses.push(`owner:${quoted(owner)}`);
  return clauses.length === 0 ? '*' : clauses.join(' AND ');
}
