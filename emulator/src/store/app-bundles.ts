import { findUser } from './users-repo';
import type { EmulatorContext } from '../plugins/context';

/**
 * App bundles the organization is licensed for, and who holds them. A bundle is `{appBundleItemId, name}` in the
 * organization's list (PY `LicenseManager.bundles`), `{id, name, apps:[{id, title, entitlements}]}` in a member's
 * (DOC user-app-bundles), `{id, maximumRegisteredMembers, currentRegisteredMembers, expiration}` in an Enterprise
 * licence (DOC license). The ids are made up; the apps are those of DOC user-app-bundles' example.
 */
export type AppBundleDefinition = {
  itemId: string;
  name: string;
  /** Members the licence allows (ours: no Online resource reports it). */
  maxUsers: number;
  apps: readonly { id: string; title: string; entitlements: readonly string[] }[];
};

export const FIELD_APPS_BUNDLE: AppBundleDefinition = {
  itemId: '5b0e6f1a2c3d4e5f8a9b0c1d2e3f4a51',
  name: 'Field Apps Bundle',
  maxUsers: 5,
  apps: [
    { id: '6c1f7a2b3d4e5f60819a2b3c4d5e6f72', title: 'ArcGIS Workforce', entitlements: ['workforce'] },
    { id: '7d2a8b3c4e5f6071829a3b4c5d6e7f83', title: 'ArcGIS Survey123', entitlements: ['survey123'] },
  ],
};

/** Fixed members holding the bundle wherever the organization has it (seeded; no write is emulated). */
export const BUNDLE_HOLDERS: readonly string[] = ['ana.lima', 'ben.okafor'];

/**
 * An Enterprise portal's bundles come with its licence (DOC validate-license: `definitions.appBundles`); this
 * ArcGIS Online organization bought none, except under `--extensions` (the sample listing, see portal-extras).
 */
export function orgAppBundles(context: EmulatorContext): AppBundleDefinition[] {
  return context.store.flavor === 'enterprise' || context.config.extensions ? [FIELD_APPS_BUNDLE] : [];
}

/** Members of the organization (still there) holding the bundle. */
export function bundleHolders(context: EmulatorContext, bundle: AppBundleDefinition): string[] {
  if (!orgAppBundles(context).some((entry) => entry.itemId === bundle.itemId)) return [];
  return BUNDLE_HOLDERS.flatMap((name) => {
    const user = findUser(context.store, name);
    return user ? [user.username] : [];
  });
}

/** The bundles a member holds beyond their user type's. */
export function bundlesHeldBy(context: EmulatorContext, username: string): AppBundleDefinition[] {
  return orgAppBundles(context).filter((bundle) => bundleHolders(context, bundle).some((holder) => holder.toLowerCase() === username.toLowerCase()));
}
