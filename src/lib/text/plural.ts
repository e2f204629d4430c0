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
