// Roster's texts are English; the rules choose the word, so "1 row" and "0 rows" never depend on hand-written checks.
const englishPlurals = new Intl.PluralRules('en-US');

/** The noun that agrees with the count: `noun(1, 'row')` is "row", `noun(2, 'row')` is "rows". */
export function noun(count: number, one: string, other = `${one}s`): string {
  return englishPlurals.select(count) === 'one' ? one : other;
}

/** The count in the app's number format with the noun that agrees with it: "1 row", "2,000 rows", "1 already a member". */
export function countOf(count: number, one: string, other = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${noun(count, one, other)}`;
}

/** What a transfer moves: "312 items and 4 groups", "1 group", "0 items" (a count left out when it is 0 and the other is not). */
export function itemsAndGroups(items: number, groups: number): string {
  return [items > 0 || groups === 0 ? countOf(items, 'item') : '', groups > 0 ? countOf(groups, 'group') : ''].filter(Boolean).join(' and ');
}
