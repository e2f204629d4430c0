/**
 * Every privilege a custom role can hold, grouped the way the portal's role editor shows them, with the words
 * an administrator reads. The portal's REST API has no resource that lists privileges, so this is data.
 */
export type PrivilegeArea = 'general' | 'admin' | 'publisher' | 'premium';
export type Privilege = { id: string; label: string };
export type PrivilegeGroup = { id: string; label: string; area: PrivilegeArea; privileges: readonly Privilege[] };

export const privilegeAreas: readonly { id: PrivilegeArea; label: string }[] = [
  { id: 'general', label: 'General' },
  { id: 'publisher', label: 'Publisher' },
  { id: 'premium', label: 'Premium' },
  { id: 'admin', label: 'Administrative' },
];

export const privilegeCatalogue: readonly PrivilegeGroup[] = [
  {
    id: 'admin-members',
    label: 'Administrative: Members',
    area: 'admin',
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
    area: 'admin',
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
    area: 'admin',
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
    area: 'admin',
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
    area: 'publisher',
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
    area: 'general',
    privileges: [{ id: 'portal:user:viewOrgUsers', label: 'View members in the organization' }],
  },
  {
    id: 'general-groups',
    label: 'General: Groups',
    area: 'general',
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
    area: 'general',
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
    area: 'general',
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
    area: 'general',
    privileges: [
      { id: 'features:user:edit', label: 'Edit features' },
      { id: 'features:user:fullEdit', label: 'Edit with full control' },
      { id: 'features:user:manageVersions', label: 'Manage versions' },
    ],
  },
  {
    id: 'premium-user',
    label: 'Premium content',
    area: 'premium',
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
