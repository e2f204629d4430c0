import { privilegeCatalogue } from '@/lib/arcgis/privilege-catalogue';

/**
 * The three default roles every organization has. The portal's roles resource lists only custom roles (and
 * Viewer/Data Editor), so their names and privileges are the portal's documented defaults, kept as data.
 */
export type BuiltInRoleKey = 'org_admin' | 'org_publisher' | 'org_user';
export type BuiltInRole = { key: BuiltInRoleKey; name: string; description: string; privileges: readonly string[] };

const viewBasics = ['portal:user:joinGroup', 'portal:user:viewOrgGroups', 'portal:user:viewOrgItems', 'portal:user:viewOrgUsers'];
const premiumBasics = ['premium:user:basemaps', 'premium:user:demographics', 'premium:user:elevation'];
// As a recorded ArcGIS Online default Publisher (MOCK-U): no `portal:user:receiveItems`.
const userPrivileges = [
  ...viewBasics,
  'portal:user:createGroup',
  'portal:user:joinNonOrgGroup',
  'portal:user:createItem',
  'portal:user:categorizeItems',
  'portal:user:shareToGroup',
  'portal:user:shareToOrg',
  'portal:user:shareToPublic',
  'portal:user:shareGroupToOrg',
  'portal:user:shareGroupToPublic',
  'features:user:edit',
  ...premiumBasics,
  'premium:user:geocode',
  'premium:user:geocode:temporary',
  'premium:user:networkanalysis',
  'premium:user:networkanalysis:routing',
  'premium:user:geoenrichment',
  'premium:user:spatialanalysis',
  'premium:user:featurereport',
];
const publisherPrivileges = [
  ...userPrivileges,
  'features:user:fullEdit',
  'portal:publisher:publishFeatures',
  'portal:publisher:publishTiles',
  'portal:publisher:publishScenes',
  'portal:publisher:publishDynamicImagery',
  'portal:publisher:publishTiledImagery',
  'premium:user:geocode:stored',
  'premium:publisher:createNotebooks',
];

export const builtInRoles: readonly BuiltInRole[] = [
  {
    key: 'org_admin',
    name: 'Administrator',
    description: 'Every privilege, including managing the organization and its members.',
    privileges: privilegeCatalogue.flatMap((group) => group.privileges.map((privilege) => privilege.id)),
  },
  {
    key: 'org_publisher',
    name: 'Publisher',
    description: 'Create, share and publish content, and use analysis.',
    privileges: publisherPrivileges,
  },
  {
    key: 'org_user',
    name: 'User',
    description: 'Create groups and content, share, edit features, and use premium content.',
    privileges: userPrivileges,
  },
];

export function isBuiltInRoleKey(key: string): key is BuiltInRoleKey {
  return builtInRoles.some((role) => role.key === key);
}

/** Viewer and Data Editor come with every organization and cannot be changed or deleted. */
export const defaultRoleIds: ReadonlySet<string> = new Set(['iAAAAAAAAAAAAAAA', 'iBBBBBBBBBBBBBBB']);
