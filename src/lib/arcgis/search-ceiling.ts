/** The portal's searches (users, groups, items) page through their first 10,000 results only; asking past that is refused. */
export const SEARCH_RESULT_CEILING = 10_000;

/**
 * A search `total` as a person should read it: the portal counts accurately up to the ceiling and answers the
 * ceiling itself for anything more, so a total of exactly 10,000 reads "10,000+". `exact` totals (the organization
 * listing, `users/counts`) are shown as they are.
 */
export function searchTotalLabel(total: number, exact = false): string {
  return !exact && total >= SEARCH_RESULT_CEILING ? `${SEARCH_RESULT_CEILING.toLocaleString()}+` : total.toLocaleString();
}
