/**
 * The privilege catalogue: real ArcGIS privilege strings, grouped the way the portal's role editor shows
 * them. Data only; the roles below are built from it.
 */
export type PrivilegeGroup = { id: string; label: string; privileges: readonly { id: string; label: string }[] };

export const PRIVILEGE_CATALOGUE: readonly PrivilegeGroup[] = [
  {
    id: 'admin-members',
    label: 'Administrative: Members',
    privileges: [
      { id: 'portal:admin:viewUsers', label: 'View all members' },
      { id: 'portal:admin:updateUsers', label: 'Update member accounts' },
      { id: 'portal:admin:deleteUsers', label: 'Delete members' },
      { id: 'portal:admin:disableUsers', label: 'Enable and disable members' },
      { id: 'portal:admin:inviteUsers', label: 'Add and invite members' },
      { id: 'portal:admin:changeUserRoles', label: 'Change member roles' },
      { id: 'portal:admin:manageLicenses', label: 'Manage user types and licenses' },
      { id: 'portal:admin:manageCredits', label: 'Manage credits' },
      { id: 'portal:admin:reassignUsers', label: 'Reassign member ownership' },
    ],
  },
  {
    id: 'admin-groups',
    label: 'Administrative: Groups',
    privileges: [
      { id: 'portal:admin:viewGroups', label: 'View all groups' },
      { id: 'portal:admin:updateGroups', label: 'Update groups' },
      { id: 'portal:admin:deleteGroups', label: 'Delete groups' },
      { id: 'portal:admin:reassignGroups', label: 'Reassign group ownership' },
      { id: 'portal:admin:assignToGroups', label: 'Assign members to groups' },
      { id: 'portal:admin:manageEnterpriseGroups', label: 'Link groups to enterprise groups' },
      { id: 'portal:admin:createUpdateCapableGroup', label: 'Create groups with update capabilities' },
    ],
  },
  {
    id: 'admin-content',
    label: 'Administrative: Content',
    privileges: [
      { id: 'portal:admin:viewItems', label: 'View all content' },
      { id: 'portal:admin:updateItems', label: 'Update content' },
      { id: 'portal:admin:deleteItems', label: 'Delete content' },
      { id: 'portal:admin:reassignItems', label: 'Reassign content ownership' },
      { id: 'portal:admin:shareToGroup', label: 'Share member content to groups' },
      { id: 'portal:admin:shareToOrg', label: 'Share member content to the organization' },
      { id: 'portal:admin:shareToPublic', label: 'Share member content publicly' },
      { id: 'portal:admin:categorizeItems', label: 'Categorize member content' },
      { id: 'portal:admin:updateItemCategorySchema', label: 'Manage content categories' },
    ],
  },
  {
    id: 'admin-organization',
    label: 'Administrative: Organization',
    privileges: [
      { id: 'portal:admin:manageRoles', label: 'Manage member roles' },
      { id: 'portal:admin:manageSecurity', label: 'Manage security and infrastructure' },
      { id: 'portal:admin:manageWebsite', label: 'Manage website settings' },
      { id: 'portal:admin:manageServers', label: 'Manage servers' },
      { id: 'portal:admin:manageUtilityServices', label: 'Manage utility services' },
      { id: 'portal:admin:manageCollaborations', label: 'Manage collaborations' },
      { id: 'portal:admin:createCollaborationCapableGroup', label: 'Create collaboration groups' },
    ],
  },
  {
    id: 'publisher',
    label: 'Publisher',
    privileges: [
      { id: 'portal:publisher:publishFeatures', label: 'Publish hosted feature layers' },
      { id: 'portal:publisher:publishTiles', label: 'Publish hosted tile layers' },
      { id: 'portal:publisher:publishScenes', label: 'Publish hosted scene layers' },
      { id: 'portal:publisher:publishDynamicImagery', label: 'Publish dynamic imagery layers' },
      { id: 'portal:publisher:publishTiledImagery', label: 'Publish tiled imagery layers' },
      { id: 'portal:publisher:publishServerServices', label: 'Publish server-based layers' },
      { id: 'portal:publisher:publishServerGPServices', label: 'Publish web tools' },
      { id: 'portal:publisher:registerDataStores', label: 'Register data stores' },
      { id: 'portal:publisher:bulkPublishFromDataStores', label: 'Bulk publish from data stores' },
      { id: 'premium:publisher:geoanalytics', label: 'Perform GeoAnalytics' },
      { id: 'premium:publisher:rasteranalysis', label: 'Perform raster analysis' },
      { id: 'premium:publisher:createNotebooks', label: 'Create and edit notebooks' },
      { id: 'premium:publisher:scheduleNotebooks', label: 'Schedule notebook tasks' },
    ],
  },
  {
    id: 'general-members',
    label: 'General: Members',
    privileges: [{ id: 'portal:user:viewOrgUsers', label: 'View members in the organization' }],
  },
  {
    id: 'general-groups',
    label: 'General: Groups',
    privileges: [
      { id: 'portal:user:createGroup', label: 'Create groups' },
      { id: 'portal:user:joinGroup', label: 'Join groups in the organization' },
      { id: 'portal:user:joinNonOrgGroup', label: 'Join groups outside the organization' },
      { id: 'portal:user:viewOrgGroups', label: 'View groups in the organization' },
    ],
  },
  {
    id: 'general-content',
    label: 'General: Content',
    privileges: [
      { id: 'portal:user:createItem', label: 'Create, update and delete content' },
      { id: 'portal:user:receiveItems', label: 'Receive content transferred from others' },
      { id: 'portal:user:viewOrgItems', label: 'View content in the organization' },
      { id: 'portal:user:categorizeItems', label: 'Categorize content' },
      { id: 'portal:user:viewTracks', label: 'View location tracks' },
    ],
  },
  {
    id: 'general-sharing',
    label: 'General: Sharing',
    privileges: [
      { id: 'portal:user:shareToGroup', label: 'Share with groups' },
      { id: 'portal:user:shareToOrg', label: 'Share with the organization' },
      { id: 'portal:user:shareToPublic', label: 'Share with everyone (public)' },
      { id: 'portal:user:shareGroupToOrg', label: 'Make groups visible to the organization' },
      { id: 'portal:user:shareGroupToPublic', label: 'Make groups visible to the public' },
    ],
  },
  {
    id: 'general-features',
    label: 'General: Features',
    privileges: [
      { id: 'features:user:edit', label: 'Edit features' },
      { id: 'features:user:fullEdit', label: 'Edit with full control' },
      { id: 'features:user:manageVersions', label: 'Manage versions' },
    ],
  },
  {
    id: 'premium-user',
    label: 'Premium content',
    privileges: [
      { id: 'premium:user:basemaps', label: 'Basemaps' },
      { id: 'premium:user:geocode', label: 'Geocoding' },
      { id: 'premium:user:geocode:stored', label: 'Geocoding (stored)' },
      { id: 'premium:user:geocode:temporary', label: 'Geocoding (temporary)' },
      { id: 'premium:user:networkanalysis', label: 'Network analysis' },
      { id: 'premium:user:networkanalysis:routing', label: 'Routing' },
      { id: 'premium:user:networkanalysis:servicearea', label: 'Service areas' },
      { id: 'premium:user:networkanalysis:closestfacility', label: 'Closest facility' },
      { id: 'premium:user:geoenrichment', label: 'GeoEnrichment' },
      { id: 'premium:user:demographics', label: 'Demographics' },
      { id: 'premium:user:elevation', label: 'Elevation analysis' },
      { id: 'premium:user:featurereport', label: 'Feature reports' },
      { id: 'premium:user:spatialanalysis', label: 'Spatial analysis' },
    ],
  },
];

export const ALL_PRIVILEGES: readonly string[] = PRIVILEGE_CATALOGUE.flatMap((group) => group.privileges.map((privilege) => privilege.id));

const VIEW_BASICS = ['portal:user:joinGroup', 'portal:user:viewOrgGroups', 'portal:user:viewOrgItems', 'portal:user:viewOrgUsers'];
const PREMIUM_BASICS = ['premium:user:basemaps', 'premium:user:demographics', 'premium:user:elevation'];
// As a recorded ArcGIS Online default Publisher (MOCK-U): no `portal:user:receiveItems`.
const USER_PRIVILEGES = [
  ...VIEW_BASICS,
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
  ...PREMIUM_BASICS,
  'premium:user:geocode',
  'premium:user:geocode:temporary',
  'premium:user:networkanalysis',
  'premium:user:networkanalysis:routing',
  'premium:user:geoenrichment',
  'premium:user:spatialanalysis',
  'premium:user:featurereport',
];
const PUBLISHER_PRIVILEGES = [
  ...USER_PRIVILEGES,
  'features:user:fullEdit',
  'portal:publisher:publishFeatures',
  'portal:publisher:publishTiles',
  'portal:publisher:publishScenes',
  'portal:publisher:publishDynamicImagery',
  'portal:publisher:publishTiledImagery',
  'premium:user:geocode:stored',
  'premium:publisher:createNotebooks',
];

export const BUILT_IN_ROLE_PRIVILEGES = {
  org_admin: ALL_PRIVILEGES,
  org_publisher: PUBLISHER_PRIVILEGES,
  org_user: USER_PRIVILEGES,
} as const satisfies Record<string, readonly string[]>;

export type BuiltInRole = keyof typeof BUILT_IN_ROLE_PRIVILEGES;
export const BUILT_IN_ROLES: readonly BuiltInRole[] = ['org_admin', 'org_publisher', 'org_user'];
export function isBuiltInRole(value: string): value is BuiltInRole {
  return value === 'org_admin' || value === 'org_publisher' || value === 'org_user';
}

export const VIEWER_ROLE_ID = 'iAAAAAAAAAAAAAAA';
export const DATA_EDITOR_ROLE_ID = 'iBBBBBBBBBBBBBBB';

export const VIEWER_PRIVILEGES: readonly string[] = [...VIEW_BASICS, ...PREMIUM_BASICS];
export const DATA_EDITOR_PRIVILEGES: readonly string[] = [...VIEWER_PRIVILEGES, 'features:user:edit'];
/** Help-desk staff: look at members, groups and content, and move content between members. */
export const HELP_DESK_PRIVILEGES: readonly string[] = [
  'portal:admin:viewUsers',
  'portal:admin:viewGroups',
  'portal:admin:viewItems',
  'portal:admin:reassignItems',
  ...VIEW_BASICS,
  'portal:user:createGroup',
  'portal:user:createItem',
  'portal:user:receiveItems',
  'portal:user:shareToGroup',
  'portal:user:shareToOrg',
  ...PREMIUM_BASICS,
];
/** The role from the ArcGIS API for Python guide "Accessing and managing users". */
export const TILES_PUBLISHER_PRIVILEGES: readonly string[] = ['portal:publisher:publishTiles', 'portal:user:createItem', 'portal:user:joinGroup'];

/**
 * How much a role needs from a user type: 1 view only, 2 edit features, 3 create content,
 * 4 publish or administer. A user type allows roles up to its own rank.
 */
export function roleRank(privileges: readonly string[]): 1 | 2 | 3 | 4 {
  if (privileges.some((p) => p.startsWith('portal:admin:') || p.includes(':publisher:'))) return 4;
  if (privileges.includes('portal:user:createItem')) return 3;
  if (privileges.includes('features:user:edit') || privileges.includes('features:user:fullEdit')) return 2;
  return 1;
}

/** The `role` a member is reported with: custom roles report the built-in role they resemble. */
export function reportedRole(privileges: readonly string[]): BuiltInRole {
  if (privileges.some((p) => p.startsWith('portal:admin:'))) return 'org_admin';
  if (privileges.some((p) => p.includes(':publisher:'))) return 'org_publisher';
  return 'org_user';
}
