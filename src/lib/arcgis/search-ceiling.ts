/** The portal's searches (users, groups, items) page through their first 10,000 results only; asking past that is refused. */
export const SEARCH_RESULT_CEILING = 10_000;
