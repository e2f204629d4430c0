/**
 * App bundles (`portals/self/appBundles`): PY `LicenseManager.bundles` reads `appBundles` (each with `appBundleItemId`
 * and `name`) and pages by `nextStart`. What a bundle includes is read as DOC user-app-bundles shows a bundle
 * (`apps[].title`), when the portal says it; no assigned or bought count is documented, so none is read.
 */
export type AppBundle = {
  id: string;
  name: string;
  /** The apps' titles, or null when the portal did not report what the bundle includes. */
  apps: string[] | null;
};

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

function parseBundle(entry: unknown): AppBundle | null {
  const bundle = record(entry);
  const id = typeof bundle?.appBundleItemId === 'string' ? bundle.appBundleItemId : typeof bundle?.id === 'string' ? bundle.id : '';
  if (!bundle || !id) return null;
  const apps = Array.isArray(bundle.apps)
    ? bundle.apps.flatMap((app) => {
        const title = record(app)?.title;
        return typeof title === 'string' && title !== '' ? [title] : [];
      })
    : null;
  return { id, name: typeof bundle.name === 'string' && bundle.name ? bundle.name : id, apps };
}

/** One page of `portals/self/appBundles`; `nextStart` -1 (or missing) on the last. */
export function parseAppBundles(body: unknown): { bundles: AppBundle[]; nextStart: number } {
  const answer = record(body);
  const entries = Array.isArray(answer?.appBundles) ? (answer.appBundles as unknown[]) : [];
  return {
    bundles: entries.map(parseBundle).filter((bundle): bundle is AppBundle => bundle !== null),
    nextStart: typeof answer?.nextStart === 'number' ? answer.nextStart : -1,
  };
}
