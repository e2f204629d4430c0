/** User types (license types) of the seeded organization. `maxRoleRank` is compared with `roleRank()`. */
export type UserTypeDefinition = {
  id: string;
  name: string;
  description: string;
  level: 1 | 2;
  maxRoleRank: 1 | 2 | 3 | 4;
  /** Seats left over after seeding, so that some remain free. */
  headroom: number;
  apps: readonly string[];
};

export const USER_TYPES: readonly UserTypeDefinition[] = [
  {
    id: 'creatorUT',
    name: 'Creator',
    description: 'Create, share and publish content, and administer the organization.',
    level: 2,
    maxRoleRank: 4,
    headroom: 7,
    apps: ['ArcGIS Field Maps', 'ArcGIS Survey123', 'ArcGIS Dashboards', 'ArcGIS Workforce'],
  },
  {
    id: 'GISProfessionalBasicUT',
    name: 'GIS Professional Basic',
    description: 'Creator plus ArcGIS Pro Basic.',
    level: 2,
    maxRoleRank: 4,
    headroom: 3,
    apps: ['ArcGIS Pro Basic', 'ArcGIS Field Maps', 'ArcGIS Survey123'],
  },
  {
    id: 'GISProfessionalStdUT',
    name: 'GIS Professional Standard',
    description: 'Creator plus ArcGIS Pro Standard.',
    level: 2,
    maxRoleRank: 4,
    headroom: 2,
    apps: ['ArcGIS Pro Standard', 'ArcGIS Field Maps', 'ArcGIS Survey123'],
  },
  {
    id: 'GISProfessionalAdvUT',
    name: 'GIS Professional Advanced',
    description: 'Creator plus ArcGIS Pro Advanced.',
    level: 2,
    maxRoleRank: 4,
    headroom: 2,
    apps: ['ArcGIS Pro Advanced', 'ArcGIS Field Maps', 'ArcGIS Survey123'],
  },
  {
    id: 'editorUT',
    name: 'Contributor',
    description: 'View content and edit data (formerly Editor).',
    level: 2,
    maxRoleRank: 2,
    headroom: 20,
    apps: ['ArcGIS Field Maps'],
  },
  {
    id: 'fieldWorkerUT',
    name: 'Mobile Worker',
    description: 'Field apps for data collection, and creating basic content.',
    level: 2,
    maxRoleRank: 3,
    headroom: 15,
    apps: ['ArcGIS Field Maps', 'ArcGIS Survey123', 'ArcGIS Workforce', 'ArcGIS QuickCapture'],
  },
  {
    id: 'viewerUT',
    name: 'Viewer',
    description: 'View maps and apps shared with them. Cannot create, edit or own content.',
    level: 1,
    maxRoleRank: 1,
    headroom: 50,
    apps: [],
  },
];

export function findUserType(id: string): UserTypeDefinition | undefined {
  return USER_TYPES.find((type) => type.id.toLowerCase() === id.toLowerCase());
}
