/**
 * Starts fetching the code of the screens a sign-in lands on (named in index.html by the build, see
 * scripts/first-screen-prefetch.ts) into the HTTP cache. Chromium lets a prefetch finish across the navigation to the
 * portal's sign-in page, so on return the first screen's code comes from the cache.
 */
export function prefetchFirstScreen() {
  const hrefs = document.querySelector<HTMLMetaElement>('meta[name="roster-first-screen"]')?.content.split(' ') ?? [];
  const prefetched = new Set([...document.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].map((link) => link.getAttribute('href')));
  for (const href of hrefs) {
    if (!href || prefetched.has(href)) continue;
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.as = 'script';
    // As a module script is fetched (CORS, same-origin credentials), so the cached answer serves it.
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
  }
}
