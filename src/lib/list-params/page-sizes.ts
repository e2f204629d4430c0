/** The page sizes every paged table offers (the portal pages by up to 100). */
export const listPageSizes = [25, 50, 100] as const;
export type ListPageSize = (typeof listPageSizes)[number];
